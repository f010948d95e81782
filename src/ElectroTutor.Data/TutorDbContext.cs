using ElectroTutor.Data.Configurations;
using ElectroTutor.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data;

/// <summary>
/// The tutor's tables. The schema itself is owned by <see cref="Migrations.SchemaMigrator"/> (hand-authored SQL); this
/// model only maps onto it, and a test checks the two agree.
/// </summary>
internal sealed class TutorDbContext(DbContextOptions<TutorDbContext> options) : DbContext(options)
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<Attempt> Attempts => Set<Attempt>();

    public DbSet<SkillState> SkillStates => Set<SkillState>();

    public DbSet<ConversationState> ConversationStates => Set<ConversationState>();

    public DbSet<Instructor> Instructors => Set<Instructor>();

    public DbSet<Classroom> Classes => Set<Classroom>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<InstructorIdentity> InstructorIdentities => Set<InstructorIdentity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new LearnerConfiguration());
        modelBuilder.ApplyConfiguration(new AttemptConfiguration());
        modelBuilder.ApplyConfiguration(new SkillStateConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationStateConfiguration());
        modelBuilder.ApplyConfiguration(new InstructorConfiguration());
        modelBuilder.ApplyConfiguration(new ClassroomConfiguration());
        modelBuilder.ApplyConfiguration(new EnrollmentConfiguration());
        modelBuilder.ApplyConfiguration(new InstructorIdentityConfiguration());
    }
}
