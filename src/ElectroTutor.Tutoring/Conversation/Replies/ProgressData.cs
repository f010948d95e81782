namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A learner's progress over the whole skills graph.</summary>
public sealed record ProgressData
{
    /// <summary>Every skill, in the graph's teaching order.</summary>
    public required IReadOnlyList<SkillProgressData> Skills { get; init; }

    /// <summary>Skills mastered.</summary>
    public int Mastered { get; init; }

    /// <summary>Reviews due now.</summary>
    public int ReviewsDue { get; init; }

    /// <summary>Right first tries in a row.</summary>
    public int CorrectInARow { get; init; }

    /// <summary>The best such run.</summary>
    public int BestCorrectInARow { get; init; }

    /// <summary>Days practised in a row, up to today.</summary>
    public int DaysInARow { get; init; }
}
