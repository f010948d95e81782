using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Collects what one turn says and changes, then becomes its <see cref="TurnOutcome"/>.</summary>
internal sealed class Turn(TutorState state, TurnContext context)
{
    private readonly List<TutorReply> replies = [];
    private readonly List<AttemptRecord> attempts = [];
    private readonly Dictionary<string, SkillStateRecord> skillStates = new(StringComparer.Ordinal);
    private IReadOnlyList<string> suggestions = [];

    public TutorState State { get; set; } = state;

    public TurnContext Context { get; } = context;

    public DateTimeOffset Now => Context.Now;

    public bool ResetSkillStates { get; set; }

    public string? DisplayName { get; set; }

    public string? JoinCode { get; set; }

    public string? ClassReportCode { get; set; }

    public bool EndsSession { get; set; }

    public void Say(string markdown) => replies.Add(new TextReply(markdown));

    public void Say(TutorReply reply) => replies.Add(reply);

    public void Suggest(params string[] quickReplies) => suggestions = [.. quickReplies.Take(3)];

    public void Record(AttemptRecord attempt) => attempts.Add(attempt);

    public void Changed(SkillStateRecord record) => skillStates[record.SkillId] = record;

    public void ForgetChangedSkills() => skillStates.Clear();

    public TurnOutcome ToOutcome() => new(State, [.. replies])
    {
        Suggestions = suggestions,
        Attempts = [.. attempts],
        SkillStates = [.. skillStates.Values.OrderBy(s => s.SkillId, StringComparer.Ordinal)],
        ResetSkillStates = ResetSkillStates,
        DisplayName = DisplayName,
        JoinCode = JoinCode,
        ClassReportCode = ClassReportCode,
        EndsSession = EndsSession,
    };
}
