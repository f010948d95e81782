using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToTable("enrollments");
        builder.HasKey(e => new { e.ClassId, e.LearnerId });
        builder.Property(e => e.ClassId).HasColumnName("class_id");
        builder.Property(e => e.LearnerId).HasColumnName("learner_id");
        builder.Property(e => e.EnrolledAt).HasColumnName("enrolled_at");
        builder.HasIndex(e => e.LearnerId).HasDatabaseName("ix_enrollments_learner");
        builder.HasOne<Classroom>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Learner>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
