using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class InstructorIdentityConfiguration : IEntityTypeConfiguration<InstructorIdentity>
{
    public void Configure(EntityTypeBuilder<InstructorIdentity> builder)
    {
        builder.ToTable("instructor_identities");
        builder.HasKey(i => new { i.ChannelId, i.UserId });
        builder.Property(i => i.ChannelId).HasColumnName("channel_id");
        builder.Property(i => i.UserId).HasColumnName("user_id");
        builder.Property(i => i.InstructorId).HasColumnName("instructor_id");
        builder.Property(i => i.LinkedAt).HasColumnName("linked_at");
        builder.HasIndex(i => i.InstructorId).HasDatabaseName("ix_instructor_identities_instructor");
        builder.HasOne<Instructor>().WithMany().HasForeignKey(i => i.InstructorId).OnDelete(DeleteBehavior.Cascade);
    }
}
