namespace ElectroTutor.Tutoring.Experiments;

/// <summary>What can be simulated, in the words a learner can type after "simulate".</summary>
public static class WhatIfExamples
{
    /// <summary>One phrasing per kind of change, each accepted by <see cref="WhatIfParser"/>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "K out 10",
        "Na out 200",
        "TTX",
        "TEA 50%",
        "pump off",
        "temperature 20",
        "stimulus 20 uA",
        "stimulus 3 for 0.5 ms",
        "twitch",
        "tetanus 50 Hz",
        "cable",
        "cable diameter 100",
    ];

    /// <summary>The menu shown for "simulate" alone.</summary>
    public static string Menu =>
        "You can change the normal cell and see what happens: ion concentrations (K⁺, Na⁺ or Cl⁻, inside or outside, "
        + $"{WhatIfLimits.MinimumConcentrationMm}–{WhatIfLimits.MaximumConcentrationMm} mM), the temperature "
        + $"({WhatIfLimits.MinimumTemperatureCelsius}–{WhatIfLimits.MaximumTemperatureCelsius} °C), drugs (TTX blocks Na⁺ channels, TEA blocks K⁺ channels), "
        + "the Na⁺/K⁺ pump, the stimulus (µA/cm² and ms), a muscle twitch or tetanus "
        + $"({WhatIfLimits.MinimumFrequencyHz}–{WhatIfLimits.MaximumFrequencyHz} Hz), and conduction along an axon (\"cable\").";
}
