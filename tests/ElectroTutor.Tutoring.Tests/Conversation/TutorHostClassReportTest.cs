using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Tests.Conversation;

public sealed class TutorHostClassReportTest
{
    private static readonly LearnerKey Grace = new("msteams", "aad-grace");
    private static readonly LearnerKey Sam = new("msteams", "aad-sam");

    internal static readonly ClassSummary Physiology = new(
        "Physiology 201", "K7QM2P", 24, 0.52,
        [new ClassSummarySkill("cable", "Cable properties", 0.21), new ClassSummarySkill("ghk", "Resting potential (GHK)", 0.35)],
        ["Ben Tanaka", "Ada Okafor"], new ClassSummaryMisconception("Sign of the Nernst potential", 41, 12), 7);

    private readonly InMemoryTutorStores stores = new();
    private readonly FakeClassSummaries summaries = new(Grace, Physiology);
    private readonly TutorHost host;

    public TutorHostClassReportTest()
    {
        long seed = 0;
        host = new TutorHost(new TutorEngine(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts), stores.AsStores() with { ClassSummaries = summaries }, TimeProvider.System, () => ++seed);
    }

    [Fact]
    public async Task The_instructor_who_teaches_the_class_gets_its_summary()
    {
        var turn = await host.RunAsync(new TurnRequest(Grace, "Grace", TutorInput.Message("class report k7qm2p"), "a1"));

        var reply = Assert.Single(turn.Replies.OfType<ClassSummaryReply>());
        Assert.Equal(Physiology, reply.Summary);
        Assert.Equal([(Grace, "K7QM2P")], summaries.Asked);
        Assert.Empty(stores.Attempts);
    }

    [Fact]
    public async Task Anyone_else_is_told_the_same_whether_or_not_the_class_exists()
    {
        var student = await host.RunAsync(new TurnRequest(Sam, "Sam", TutorInput.Message("class report K7QM2P"), "s1"));
        var unknown = await host.RunAsync(new TurnRequest(Grace, "Grace", TutorInput.Message("class report NOPE99"), "g1"));

        Assert.Equal("I can't find a class K7QM2P that you teach.", student.Replies[^1].ToMarkdown());
        Assert.Equal("I can't find a class NOPE99 that you teach.", unknown.Replies[^1].ToMarkdown());
        Assert.DoesNotContain(student.Replies, r => r is ClassSummaryReply);
    }

    [Fact]
    public async Task Without_a_summary_port_nobody_gets_a_summary()
    {
        long seed = 0;
        var plain = new TutorHost(new TutorEngine(RealBank.Bank, ScenarioCatalog.Default, RealBank.Concepts), new InMemoryTutorStores().AsStores(), TimeProvider.System, () => ++seed);

        var turn = await plain.RunAsync(new TurnRequest(Grace, "Grace", TutorInput.Message("class report K7QM2P"), null));

        Assert.Equal("I can't find a class K7QM2P that you teach.", turn.Replies[^1].ToMarkdown());
    }
}
