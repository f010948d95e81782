namespace ElectroTutor.Tutoring.Conversation;

/// <summary>What a message asks the tutor to do.</summary>
public enum CommandKind
{
    /// <summary>Nothing the tutor recognises as a command: an answer, a name, a question, or something unexpected.</summary>
    None,

    /// <summary>"hi", "hello".</summary>
    Greet,

    /// <summary>"help", "what can you do".</summary>
    Help,

    /// <summary>"topics".</summary>
    Topics,

    /// <summary>"start", "next", "quiz me": adaptive practice.</summary>
    Start,

    /// <summary>"quiz me on &lt;topic&gt;".</summary>
    Quiz,

    /// <summary>"revise": due reviews first.</summary>
    Revise,

    /// <summary>"progress".</summary>
    Progress,

    /// <summary>"hint".</summary>
    Hint,

    /// <summary>"solution", "show answer", "give up".</summary>
    Solution,

    /// <summary>"skip".</summary>
    Skip,

    /// <summary>"why?", "explain".</summary>
    Explain,

    /// <summary>"simulate …", "what if …".</summary>
    Simulate,

    /// <summary>"join CODE".</summary>
    Join,

    /// <summary>"class report CODE": an instructor asks for a class's summary.</summary>
    ClassReport,

    /// <summary>"call me …", "my name is …".</summary>
    Name,

    /// <summary>"reset".</summary>
    Reset,

    /// <summary>"stop", "bye".</summary>
    Stop,

    /// <summary>"yes" (to a confirmation).</summary>
    Yes,

    /// <summary>"no" (to a confirmation).</summary>
    No,
}
