using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class SkillStateConfiguration : IEntityTypeConfiguration<SkillState>
{
    public void Configure(EntityTypeBuilder<SkillState> builder)
    {
        builder.ToTable("skill_states");
        builder.HasKey(s => new { s.LearnerId, s.SkillId });
        builder.Property(s => s.LearnerId).HasColumnName("learner_id");
        builder.Property(s => s.SkillId).HasColumnName("skill_id");
        builder.Property(s => s.Mastery).HasColumnName("mastery");
        builder.Property(s => s.Attempts).HasColumnName("attempts");
        builder.Property(s => s.Correct).HasColumnName("correct");
        builder.Property(s => s.LastPracticedAt).HasColumnName("last_practiced_at");
        builder.Property(s => s.NextReviewAt).HasColumnName("next_review_at");
        builder.Property(s => s.ReviewStabilityDays).HasColumnName("review_stability_days");
        builder.Property(s => s.LastReviewedAt).HasColumnName("last_reviewed_at");
        builder.Property(s => s.Reviews).HasColumnName("reviews");
        builder.Property(s => s.Lapses).HasColumnName("lapses");
        builder.HasOne<Learner>().WithMany().HasForeignKey(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
