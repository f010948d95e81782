using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.ToTable("learners");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasColumnName("id");
        builder.Property(l => l.ChannelId).HasColumnName("channel_id");
        builder.Property(l => l.UserId).HasColumnName("user_id");
        builder.Property(l => l.DisplayName).HasColumnName("display_name");
        builder.Property(l => l.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(l => new { l.ChannelId, l.UserId }).IsUnique().HasDatabaseName("ux_learners_channel_user");
    }
}
