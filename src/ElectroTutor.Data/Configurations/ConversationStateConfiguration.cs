using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ElectroTutor.Data.Configurations;

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationState>
{
    public void Configure(EntityTypeBuilder<ConversationState> builder)
    {
        builder.ToTable("conversation_states");
        builder.HasKey(c => c.LearnerId);
        builder.Property(c => c.LearnerId).HasColumnName("learner_id").ValueGeneratedNever();
        builder.Property(c => c.StateJson).HasColumnName("state_json");
        builder.Property(c => c.Version).HasColumnName("version").IsConcurrencyToken();
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.HasOne<Learner>().WithOne().HasForeignKey<ConversationState>(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
