using ElectroTutor.Tutoring.Mastery;
using ElectroTutor.Tutoring.Mastery.Selection;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>How the tutor teaches: mastery policy, model parameters and patience.</summary>
public sealed record TutorEngineOptions
{
    /// <summary>The defaults.</summary>
    public static TutorEngineOptions Default { get; } = new();

    /// <summary>Mastery threshold, prerequisite gate, interleaving and revision.</summary>
    public MasteryPolicy Policy { get; init; } = MasteryPolicy.Default;

    /// <summary>Knowledge-tracing parameters per skill id; <see cref="BktParameters.Default"/> for all unless given.</summary>
    public Func<string, BktParameters> ParametersOf { get; init; } = _ => BktParameters.Default;

    /// <summary>Wrong answers after which the worked solution is shown and the question closed.</summary>
    public int WrongAnswersBeforeSolution { get; init; } = 3;
}
