namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Where the conversation stands, which decides how a message is read.</summary>
public enum SessionStage
{
    /// <summary>Never spoken to: the next input gets the greeting.</summary>
    New,

    /// <summary>The tutor asked for the learner's name.</summary>
    AwaitingName,

    /// <summary>Ready for commands, questions and answers.</summary>
    Ready,

    /// <summary>The learner asked to reset and the tutor asked them to confirm.</summary>
    ConfirmingReset,
}
