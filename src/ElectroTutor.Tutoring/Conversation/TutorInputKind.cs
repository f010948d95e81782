namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What kind of thing arrived from the learner's channel.</summary>
public enum TutorInputKind
{
    /// <summary>A typed message.</summary>
    Text,

    /// <summary>A button or card submission (answer box, hint, skip…), possibly carrying text.</summary>
    Action,

    /// <summary>The learner joined the conversation (first contact on most channels).</summary>
    MemberJoined,

    /// <summary>The host looked up a class join code the engine asked about.</summary>
    ClassLookedUp,

    /// <summary>The host looked up the summary of a class the asker says they teach.</summary>
    ClassSummaryLookedUp,
}
