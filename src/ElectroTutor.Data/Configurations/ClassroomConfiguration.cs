using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class ClassroomConfiguration : IEntityTypeConfiguration<Classroom>
{
    public void Configure(EntityTypeBuilder<Classroom> builder)
    {
        builder.ToTable("classes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id");
        builder.Property(c => c.Name).HasColumnName("name");
        builder.Property(c => c.JoinCode).HasColumnName("join_code");
        builder.Property(c => c.InstructorId).HasColumnName("instructor_id");
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(c => c.JoinCode).IsUnique().HasDatabaseName("ux_classes_join_code");
        builder.HasOne<Instructor>().WithMany().HasForeignKey(c => c.InstructorId).OnDelete(DeleteBehavior.Restrict);
    }
}
