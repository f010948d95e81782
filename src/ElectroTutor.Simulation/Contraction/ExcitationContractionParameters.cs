namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// Parameters of the excitation–contraction model. Defaults describe a fast-twitch mouse fibre at 16 °C
/// (the conditions of Baylor &amp; Hollingworth's Ca²⁺ measurements); concentrations are referred to the myoplasmic
/// volume; see docs/simulation-contraction.md for sources.
/// </summary>
public sealed record ExcitationContractionParameters
{
    /// <summary>The defaults.</summary>
    public static ExcitationContractionParameters FastTwitchMouse { get; } = new();

    /// <summary>Resting free Ca²⁺ in µM (default 0.05).</summary>
    public double RestingCalciumUm { get; init; } = 0.05;

    /// <summary>Peak SR release flux of a first action potential in µM/ms (default 200; 0 means no release).</summary>
    public double ReleasePeakUmPerMs { get; init; } = 200;

    /// <summary>Full duration at half maximum of one release pulse in ms (default 1.6).</summary>
    public double ReleaseHalfWidthMs { get; init; } = 1.6;

    /// <summary>Fraction of the release availability used up by each action potential, 0–1 (default 0.3).</summary>
    public double ReleaseDepressionFraction { get; init; } = 0.3;

    /// <summary>Rate constant of recovery of release availability in 1/s (default 7).</summary>
    public double ReleaseRecoveryRatePerS { get; init; } = 7;

    /// <summary>ATP and other rapid buffers: bound/free Ca²⁺ ratio, dimensionless (default 2.5).</summary>
    public double FastBufferCapacity { get; init; } = 2.5;

    /// <summary>Troponin regulatory Ca²⁺ sites in µM (default 240).</summary>
    public double TroponinSitesUm { get; init; } = 240;

    /// <summary>Ca²⁺ binding rate constant of troponin in 1/(µM·ms) (default 0.0575).</summary>
    public double TroponinOnRatePerUmMs { get; init; } = 0.0575;

    /// <summary>Ca²⁺ dissociation rate constant of troponin in 1/ms (default 0.115).</summary>
    public double TroponinOffRatePerMs { get; init; } = 0.115;

    /// <summary>Parvalbumin Ca²⁺/Mg²⁺ sites in µM (default 1500; 0 removes parvalbumin).</summary>
    public double ParvalbuminSitesUm { get; init; } = 1500;

    /// <summary>Apparent Ca²⁺ binding rate constant of parvalbumin in 1/(µM·ms), Mg²⁺ competition included (default 0.0035).</summary>
    public double ParvalbuminOnRatePerUmMs { get; init; } = 0.0035;

    /// <summary>Ca²⁺ dissociation rate constant of parvalbumin in 1/ms (default 0.0005).</summary>
    public double ParvalbuminOffRatePerMs { get; init; } = 0.0005;

    /// <summary>Maximal SERCA re-uptake rate in µM/ms (default 6; 0 blocks the pump).</summary>
    public double SercaVmaxUmPerMs { get; init; } = 6;

    /// <summary>Free Ca²⁺ at half-maximal SERCA rate in µM (default 1).</summary>
    public double SercaHalfSaturationUm { get; init; } = 1;

    /// <summary>Hill coefficient of SERCA re-uptake (default 2: two Ca²⁺ per cycle).</summary>
    public double SercaHillCoefficient { get; init; } = 2;

    /// <summary>Steady Ca²⁺–force relation that sets activation from free Ca²⁺ (default <see cref="CalciumForceRelation.FastTwitch"/>).</summary>
    public CalciumForceRelation ForceRelation { get; init; } = CalciumForceRelation.FastTwitch;

    /// <summary>Cross-bridge attachment time constant in ms: force approach when fully activated (default 20).</summary>
    public double AttachmentTimeConstantMs { get; init; } = 20;

    /// <summary>Cross-bridge detachment time constant in ms: force decay when not activated (default 30).</summary>
    public double DetachmentTimeConstantMs { get; init; } = 30;

    /// <summary>Describes the first parameter that is not finite or not physically possible.</summary>
    /// <returns>A message naming the parameter, or null when all are valid.</returns>
    public string? FindProblem() =>
        Positive(RestingCalciumUm, nameof(RestingCalciumUm))
        ?? NonNegative(ReleasePeakUmPerMs, nameof(ReleasePeakUmPerMs))
        ?? Positive(ReleaseHalfWidthMs, nameof(ReleaseHalfWidthMs))
        ?? Fraction(ReleaseDepressionFraction, nameof(ReleaseDepressionFraction))
        ?? NonNegative(ReleaseRecoveryRatePerS, nameof(ReleaseRecoveryRatePerS))
        ?? NonNegative(FastBufferCapacity, nameof(FastBufferCapacity))
        ?? NonNegative(TroponinSitesUm, nameof(TroponinSitesUm))
        ?? NonNegative(TroponinOnRatePerUmMs, nameof(TroponinOnRatePerUmMs))
        ?? Positive(TroponinOffRatePerMs, nameof(TroponinOffRatePerMs))
        ?? NonNegative(ParvalbuminSitesUm, nameof(ParvalbuminSitesUm))
        ?? NonNegative(ParvalbuminOnRatePerUmMs, nameof(ParvalbuminOnRatePerUmMs))
        ?? Positive(ParvalbuminOffRatePerMs, nameof(ParvalbuminOffRatePerMs))
        ?? NonNegative(SercaVmaxUmPerMs, nameof(SercaVmaxUmPerMs))
        ?? Positive(SercaHalfSaturationUm, nameof(SercaHalfSaturationUm))
        ?? Positive(SercaHillCoefficient, nameof(SercaHillCoefficient))
        ?? (ForceRelation is null ? "ForceRelation must be given." : null)
        ?? Positive(AttachmentTimeConstantMs, nameof(AttachmentTimeConstantMs))
        ?? Positive(DetachmentTimeConstantMs, nameof(DetachmentTimeConstantMs));

    private static string? Positive(double value, string name) =>
        value > 0 && double.IsFinite(value) ? null : $"{name} must be a finite number above 0, not {value}.";

    private static string? NonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? null : $"{name} must be a finite number of at least 0, not {value}.";

    private static string? Fraction(double value, string name) =>
        value is >= 0 and <= 1 ? null : $"{name} must lie between 0 and 1, not {value}.";
}
