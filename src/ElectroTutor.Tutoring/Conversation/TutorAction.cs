namespace ElectroTutor.Tutoring.Conversation;

/// <summary>The buttons a card or a client can press, each equivalent to a typed command.</summary>
public enum TutorAction
{
    /// <summary>Submit the text as the answer to the open question.</summary>
    Answer,

    /// <summary>Show the next hint.</summary>
    Hint,

    /// <summary>Show the worked solution.</summary>
    Solution,

    /// <summary>Move on without answering.</summary>
    Skip,

    /// <summary>Give the next question.</summary>
    Next,

    /// <summary>Explain the concept behind the open question.</summary>
    Explain,

    /// <summary>Show mastery per skill.</summary>
    Progress,

    /// <summary>Serve due reviews first.</summary>
    Revise,

    /// <summary>List the topics.</summary>
    Topics,

    /// <summary>Say what the tutor can do.</summary>
    Help,
}
