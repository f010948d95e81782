using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Skills;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Data.Tests.Reports;

/// <summary>
/// A class small enough to compute by hand, seeded through the real stores. At <see cref="Now"/>: Ada is strong and
/// active, Bob middling, Cy weak and last seen 9 days ago, Dee never answered; Eve is in another class.
/// </summary>
internal static class SmallClass
{
    public static readonly DateTimeOffset Now = Records.Noon;

    public static readonly SkillGraph Skills = SkillGraph.TryCreate(
        [new Skill("s1", "Resting potential", "", []), new Skill("s2", "Action potential", "", ["s1"])], out _)!;

    public static readonly Dictionary<string, Misconception> Misconceptions = new(StringComparer.Ordinal)
    {
        ["sign-flip"] = new Misconception("sign-flip", "Sign flipped", "Inside is negative."),
    };

    public static async Task<ClassRecord> SeedAsync(TempDatabase temp)
    {
        var database = temp.Database;
        var instructors = new InstructorStore(database, TimeProvider.System);
        var grace = (await instructors.CreateAsync("grace", password: null, withApiToken: true))!.Instructor;
        var physiology = await instructors.CreateClassAsync(grace.Id, "Physiology 101");
        var other = await instructors.CreateClassAsync(grace.Id, "Botany");
        var learners = new LearnerStore(database);
        var classes = new ClassStore(database);
        var attempts = new AttemptStore(database);
        var states = new SkillStateStore(database);

        async Task<long> Enrol(string name, ClassRecord classroom)
        {
            var learner = await learners.GetOrCreateAsync(new LearnerKey("webchat", name), name, Now.AddDays(-60));
            await classes.EnrollAsync(learner.Id, classroom.Id, Now.AddDays(-60));
            return learner.Id;
        }

        Task Answer(long learner, string template, string answer, AnswerVerdict verdict, double hoursAgo, int hints = 0, string? misconception = null) =>
            attempts.RecordAsync(new AttemptRecord
            {
                LearnerId = learner,
                ChannelId = "webchat",
                TemplateId = template,
                Seed = 1,
                RawAnswer = answer,
                Verdict = verdict,
                MisconceptionId = misconception,
                HintsUsed = hints,
                AnsweredAt = Now.AddHours(-hoursAgo),
            });

        Task State(long learner, string skill, double mastery, DateTimeOffset? nextReview) =>
            states.SaveAsync(new SkillStateRecord(learner, skill, mastery, 1, 1, Now.AddDays(-1), nextReview));

        var ada = await Enrol("Ada", physiology);
        var bob = await Enrol("Bob", physiology);
        var cy = await Enrol("Cy", physiology);
        await Enrol("Dee", physiology);
        var eve = await Enrol("Eve", other);

        await Answer(ada, "t1", "99", AnswerVerdict.Incorrect, hoursAgo: 30 * 24); // before the report's period
        await Answer(ada, "t1", "-65 mV", AnswerVerdict.Correct, hoursAgo: 2);
        await Answer(ada, "t2", "+40 mV", AnswerVerdict.CorrectWithNote, hoursAgo: 1);
        await Answer(bob, "t1", "-65 mV", AnswerVerdict.Correct, hoursAgo: 3, hints: 1);
        await Answer(bob, "t2", "+1+1", AnswerVerdict.Incorrect, hoursAgo: 3, misconception: "sign-flip");
        await Answer(bob, "t2", "+40 mV", AnswerVerdict.Correct, hoursAgo: 2, hints: 2);
        await Answer(cy, "t1", "65 mV", AnswerVerdict.Incorrect, hoursAgo: 9 * 24, hints: 2, misconception: "sign-flip");
        await Answer(cy, "t1", "65 mV", AnswerVerdict.Incorrect, hoursAgo: (9 * 24) - 1, hints: 1, misconception: "sign-flip");
        await Answer(cy, "t2", "0", AnswerVerdict.Unparseable, hoursAgo: (9 * 24) - 2);
        await Answer(eve, "t1", "1", AnswerVerdict.Incorrect, hoursAgo: 1, misconception: "sign-flip");

        await State(ada, "s1", 0.97, Now.AddHours(-1));
        await State(ada, "s2", 0.8, null);
        await State(bob, "s1", 0.5, null);
        await State(bob, "s2", 0.3, Now.AddDays(1));
        await State(cy, "s1", 0.2, Now.AddDays(-1));
        await State(cy, "s2", 0.1, null);
        await State(eve, "s1", 0.99, Now.AddDays(-1));
        return physiology;
    }
}
