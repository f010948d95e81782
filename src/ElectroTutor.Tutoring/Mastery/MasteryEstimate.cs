using System.Collections.Immutable;

namespace ElectroTutor.Tutoring.Mastery;

/// <summary>
/// A learner's probability of mastery per skill id. Immutable: an observation returns a new estimate, so a dialog
/// turn stays a pure function of its state. A skill never observed has its parameters' <c>PInit</c>.
/// </summary>
public sealed class MasteryEstimate
{
    private readonly ImmutableDictionary<string, double> probabilities;

    private MasteryEstimate(ImmutableDictionary<string, double> probabilities) => this.probabilities = probabilities;

    /// <summary>An estimate with no observations yet.</summary>
    public static MasteryEstimate Empty { get; } = new(ImmutableDictionary.Create<string, double>(StringComparer.Ordinal));

    /// <summary>The skills that have been observed, with their probability of mastery in [0, 1].</summary>
    public IReadOnlyDictionary<string, double> Observed => probabilities;

    /// <summary>Probability that <paramref name="skillId"/> is mastered, in [0, 1].</summary>
    public double Of(string skillId, BktParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return probabilities.TryGetValue(skillId, out var value) ? value : parameters.PInit;
    }

    /// <summary>
    /// The estimate after one attempt at an item tagged with <paramref name="skillIds"/>. Independent rule: every
    /// tagged skill (not only the first) is conditioned on the same outcome with its own parameters, as if the attempt
    /// had exercised it alone, and then takes its own learning and forgetting step. Skills not tagged do not change.
    /// </summary>
    public MasteryEstimate Observe(IReadOnlyList<string> skillIds, bool correct, Func<string, BktParameters> parametersOf)
    {
        ArgumentNullException.ThrowIfNull(skillIds);
        ArgumentNullException.ThrowIfNull(parametersOf);
        var builder = probabilities.ToBuilder();
        foreach (var skill in skillIds.Distinct(StringComparer.Ordinal))
        {
            var parameters = parametersOf(skill);
            builder[skill] = Bkt.Update(parameters, Of(skill, parameters), correct);
        }

        return new MasteryEstimate(builder.ToImmutable());
    }
}
