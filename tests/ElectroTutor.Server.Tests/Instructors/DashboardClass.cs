using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Server.Tests.Cards;
using ElectroTutor.Tutoring.Answers;
using ElectroTutor.Tutoring.Bank.Templates;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Server.Tests.Instructors;

/// <summary>
/// Two instructors, each with a class, seeded through the real stores into a running server's database. Grace's
/// "Physiology 101" holds Ada (strong), a student whose name is a script tag (weak, typed an HTML answer) and Bob (who
/// typed a spreadsheet formula); Hopper's "Botany" holds Eve. Attempts use two real one-skill templates of the bank.
/// </summary>
internal sealed record DashboardClass(
    string GracePassword,
    string GraceToken,
    string HopperPassword,
    string HopperToken,
    string PhysiologyCode,
    string BotanyCode,
    long Ada,
    long Scripted,
    long Bob,
    long Eve,
    string SkillOne,
    string SkillTwo,
    string TemplateOne,
    string TemplateTwo,
    string MisconceptionId)
{
    public const string ScriptName = "<script>alert(1)</script>";
    public const string HtmlAnswer = "<img src=x onerror=alert(1)>";
    public const string FormulaAnswer = "=HYPERLINK(\"http://evil.example\",\"x\")";

    public static async Task<DashboardClass> SeedAsync(RunningTutorServer server)
    {
        var database = TutorDatabase.FromConnectionString(server.DatabaseFile);
        var now = DateTimeOffset.UtcNow;
        var bank = RealBank.Bank;
        var single = bank.Templates.Where(t => t.Skills.Count == 1).ToList();
        var one = single[0];
        var two = single.First(t => t.Skills[0] != one.Skills[0]);
        var misconception = bank.Misconceptions.Keys.Order(StringComparer.Ordinal).First();

        var instructors = new InstructorStore(database, TimeProvider.System);
        var grace = (await instructors.CreateAsync("grace", "correct horse 1", withApiToken: true))!;
        var hopper = (await instructors.CreateAsync("hopper", "battery staple 2", withApiToken: true))!;
        var physiology = await instructors.CreateClassAsync(grace.Instructor.Id, "Physiology 101");
        var botany = await instructors.CreateClassAsync(hopper.Instructor.Id, "Botany");

        var (ada, scripted, bob, eve) = await SeedStudentsAsync(database, physiology, botany, one, two, misconception, now);
        return new DashboardClass(
            "correct horse 1", grace.ApiToken!, "battery staple 2", hopper.ApiToken!, physiology.JoinCode, botany.JoinCode,
            ada, scripted, bob, eve, one.Skills[0], two.Skills[0], one.Id, two.Id, misconception);
    }

    private static async Task<(long Ada, long Scripted, long Bob, long Eve)> SeedStudentsAsync(
        TutorDatabase database, ClassRecord physiology, ClassRecord botany, ItemTemplate one, ItemTemplate two, string misconception, DateTimeOffset now)
    {
        var learners = new LearnerStore(database);
        var classes = new ClassStore(database);
        var attempts = new AttemptStore(database);
        var states = new SkillStateStore(database);

        async Task<long> Enrol(string name, ClassRecord classroom)
        {
            var learner = await learners.GetOrCreateAsync(new LearnerKey("webchat", "user-" + Guid.NewGuid().ToString("N")), name, now.AddDays(-30));
            await classes.EnrollAsync(learner.Id, classroom.Id, now.AddDays(-30));
            return learner.Id;
        }

        Task Answer(long learner, string template, int seed, string answer, AnswerVerdict verdict, double hoursAgo, int hints = 0, string? diagnosed = null) =>
            attempts.RecordAsync(new AttemptRecord
            {
                LearnerId = learner,
                ChannelId = "webchat",
                TemplateId = template,
                Seed = seed,
                RawAnswer = answer,
                Verdict = verdict,
                MisconceptionId = diagnosed,
                HintsUsed = hints,
                AnsweredAt = now.AddHours(-hoursAgo),
            });

        var ada = await Enrol("Ada", physiology);
        var scripted = await Enrol(ScriptName, physiology);
        var bob = await Enrol("Bob", physiology);
        var eve = await Enrol("Eve", botany);

        await Answer(ada, one.Id, 1, "-65 mV", AnswerVerdict.Correct, hoursAgo: 5);
        await Answer(ada, two.Id, 2, "+40 mV", AnswerVerdict.Correct, hoursAgo: 4);
        await Answer(ada, one.Id, 3, "-70 mV", AnswerVerdict.CorrectWithNote, hoursAgo: 3);
        await Answer(scripted, one.Id, 1, HtmlAnswer, AnswerVerdict.Incorrect, hoursAgo: 6, hints: 1, diagnosed: misconception);
        await Answer(scripted, one.Id, 1, "65 mV", AnswerVerdict.Incorrect, hoursAgo: 5.5, diagnosed: misconception);
        await Answer(bob, one.Id, 4, FormulaAnswer, AnswerVerdict.Incorrect, hoursAgo: 2);
        await Answer(bob, one.Id, 5, "-65 mV", AnswerVerdict.Correct, hoursAgo: 1);
        await Answer(eve, one.Id, 1, "secret botany answer", AnswerVerdict.Incorrect, hoursAgo: 1);

        await states.SaveAsync(new SkillStateRecord(ada, one.Skills[0], 0.97, 2, 2, now.AddHours(-3), now.AddHours(-1)));
        await states.SaveAsync(new SkillStateRecord(ada, two.Skills[0], 0.8, 1, 1, now.AddHours(-4), null));
        await states.SaveAsync(new SkillStateRecord(scripted, one.Skills[0], 0.2, 1, 0, now.AddHours(-6), null));
        await states.SaveAsync(new SkillStateRecord(bob, one.Skills[0], 0.55, 2, 1, now.AddHours(-1), null));
        await states.SaveAsync(new SkillStateRecord(eve, one.Skills[0], 0.9, 1, 0, now.AddHours(-1), null));

        return (ada, scripted, bob, eve);
    }
}
