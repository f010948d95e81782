using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class AttemptConfiguration : IEntityTypeConfiguration<Attempt>
{
    public void Configure(EntityTypeBuilder<Attempt> builder)
    {
        builder.ToTable("attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id");
        builder.Property(a => a.LearnerId).HasColumnName("learner_id");
        builder.Property(a => a.ChannelId).HasColumnName("channel_id");
        builder.Property(a => a.ActivityId).HasColumnName("activity_id");
        builder.Property(a => a.TemplateId).HasColumnName("template_id");
        builder.Property(a => a.Seed).HasColumnName("seed");
        builder.Property(a => a.ParametersJson).HasColumnName("parameters_json");
        builder.Property(a => a.RawAnswer).HasColumnName("raw_answer");
        builder.Property(a => a.ParsedValue).HasColumnName("parsed_value");
        builder.Property(a => a.ParsedUnit).HasColumnName("parsed_unit");
        builder.Property(a => a.Verdict).HasColumnName("verdict");
        builder.Property(a => a.MisconceptionId).HasColumnName("misconception_id");
        builder.Property(a => a.HintsUsed).HasColumnName("hints_used");
        builder.Property(a => a.ResponseTimeMs).HasColumnName("response_time_ms");
        builder.Property(a => a.AnsweredAt).HasColumnName("answered_at");
        builder.HasOne<Learner>().WithMany().HasForeignKey(a => a.LearnerId).OnDelete(DeleteBehavior.Cascade);

        // A redelivered channel message must not record a second attempt.
        builder.HasIndex(a => new { a.ChannelId, a.ActivityId }).IsUnique()
            .HasFilter("activity_id IS NOT NULL").HasDatabaseName("ux_attempts_channel_activity");

        // Covers the class report's per-student, per-template query (schema version 4), and since version 5 every
        // look-up of a learner's attempts, which had an index of their own before.
        builder.HasIndex(a => new { a.LearnerId, a.TemplateId, a.AnsweredAt, a.Verdict, a.HintsUsed }).HasDatabaseName("ix_attempts_learner_template");
    }
}
