using ElectroTutor.Tutoring.Conversation.Replies;
using ElectroTutor.Tutoring.Mastery.Selection;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Collects what one turn says and changes, then becomes its <see cref="TurnOutcome"/>.</summary>
internal sealed class Turn(TutorState state, TurnContext context)
{
    private readonly List<TutorReply> replies = [];
    private readonly List<AttemptRecord> attempts = [];
    private readonly Dictionary<string, SkillStateRecord> skillStates = new(StringComparer.Ordinal);
    private IReadOnlyList<string> suggestions = [];
    private LearnerProgress? progress;
    private TutorState? progressFrom;

    public TutorState State { get; set; } = state;

    public TurnContext Context { get; } = context;

    public DateTimeOffset Now => Context.Now;

    /// <summary>
    /// The mastery model's view of <see cref="State"/>. <see cref="TutorState.Progress"/> rebuilds it on every read, and a
    /// turn reads it many times; here it is rebuilt only when the skills, history or ability of the state have changed.
    /// </summary>
    public LearnerProgress Progress
    {
        get
        {
            var current = State;
            if (progress is null || progressFrom is null || !SameProgress(progressFrom, current))
            {
                (progress, progressFrom) = (current.Progress, current);
            }

            return progress;
        }
    }

    public bool ResetSkillStates { get; set; }

    public string? DisplayName { get; set; }

    public string? JoinCode { get; set; }

    public string? ClassReportCode { get; set; }

    public bool EndsSession { get; set; }

    /// <summary>Moves the state to <paramref name="updated"/> progress, which later reads of <see cref="Progress"/> return.</summary>
    public void SetProgress(LearnerProgress updated)
    {
        State = State.WithProgress(updated);

        // Restoring the saved form gives the same progress, except that it reads a non-finite ability as 0.
        (progress, progressFrom) = double.IsFinite(updated.LearnerAbility) ? (updated, State) : (null, null);
    }

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

    // TutorState.Progress reads only these four, and `with` keeps the references of what it does not change.
    private static bool SameProgress(TutorState before, TutorState now) =>
        ReferenceEquals(before.Skills, now.Skills)
        && ReferenceEquals(before.RecentSkills, now.RecentSkills)
        && ReferenceEquals(before.RecentTemplates, now.RecentTemplates)
        && before.LearnerAbility.Equals(now.LearnerAbility);
}
