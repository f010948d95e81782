using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class InstructorConfiguration : IEntityTypeConfiguration<Instructor>
{
    public void Configure(EntityTypeBuilder<Instructor> builder)
    {
        builder.ToTable("instructors");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id");
        builder.Property(i => i.LoginName).HasColumnName("login_name");
        builder.Property(i => i.PasswordHash).HasColumnName("password_hash");
        builder.Property(i => i.ApiTokenHash).HasColumnName("api_token_hash");
        builder.Property(i => i.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(i => i.LoginName).IsUnique().HasDatabaseName("ux_instructors_login");
        builder.HasIndex(i => i.ApiTokenHash).IsUnique().HasFilter("api_token_hash IS NOT NULL").HasDatabaseName("ux_instructors_api_token");
    }
}
