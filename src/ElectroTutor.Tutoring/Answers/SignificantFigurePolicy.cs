namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// What a template says about significant figures: answers written with fewer than <see cref="Fewest"/> or more than
/// <see cref="Most"/> figures are still graded on their value, and a correct one gets a note. With a
/// <see cref="ToleranceKind.SignificantFigures"/> tolerance, an answer with fewer figures than the tolerance (but at
/// least <see cref="Fewest"/>) is compared at its own precision and accepted with a note.
/// </summary>
public sealed record SignificantFigurePolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="fewest">Fewest figures the data justify without a note; at least 1.</param>
    /// <param name="most">Most figures the data justify without a note; at least <paramref name="fewest"/>.</param>
    public SignificantFigurePolicy(int fewest, int most)
    {
        Fewest = fewest >= 1 ? fewest : throw new ArgumentOutOfRangeException(nameof(fewest), fewest, "At least 1.");
        Most = most >= fewest ? most : throw new ArgumentOutOfRangeException(nameof(most), most, "At least the fewest.");
    }

    /// <summary>Fewest figures the data justify without a note.</summary>
    public int Fewest { get; }

    /// <summary>Most figures the data justify without a note.</summary>
    public int Most { get; }

    /// <summary>The note for an answer written with <paramref name="figures"/> significant figures, or null.</summary>
    /// <param name="figures">Figures the learner wrote.</param>
    /// <returns>A friendly note, or null when the count is within the policy.</returns>
    public string? NoteFor(int figures)
    {
        if (figures < Fewest)
        {
            return $"Right value, but with {Figures(figures)} it is rounder than the data justify: give {Figures(Fewest)} or more.";
        }

        return figures > Most
            ? $"Right value, but {Figures(figures)} claims more precision than the data have: {Figures(Most)} is plenty."
            : null;
    }

    private static string Figures(int n) => n == 1 ? "1 significant figure" : $"{n} significant figures";
}
