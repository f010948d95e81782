using System.Globalization;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>
/// The changes a learner asked for, relative to the normal cell. Everything left null or empty stays normal.
/// <see cref="WhatIfParser"/> makes these; <see cref="WhatIfRunner"/> runs them.
/// </summary>
public sealed record WhatIfRequest
{
    /// <summary>New ion concentrations (at most one per ion and side).</summary>
    public IReadOnlyList<ConcentrationSetting> Concentrations { get; init; } = [];

    /// <summary>New temperature in °C, or null for the model's own.</summary>
    public double? TemperatureCelsius { get; init; }

    /// <summary>Fraction of Na⁺ channels blocked by tetrodotoxin, 0–1, or null for none.</summary>
    public double? SodiumBlockFraction { get; init; }

    /// <summary>Fraction of K⁺ channels blocked by tetraethylammonium, 0–1, or null for none.</summary>
    public double? PotassiumBlockFraction { get; init; }

    /// <summary>True when the Na⁺/K⁺ pump is switched off.</summary>
    public bool PumpOff { get; init; }

    /// <summary>Stimulus amplitude in µA/cm², or null for the standard 10 µA/cm².</summary>
    public double? StimulusAmplitudeUaCm2 { get; init; }

    /// <summary>Stimulus pulse width in ms, or null for the standard 1 ms.</summary>
    public double? StimulusDurationMs { get; init; }

    /// <summary>A muscle experiment, or null for a nerve one.</summary>
    public ContractionPattern? Contraction { get; init; }

    /// <summary>Stimulation frequency of a muscle train in Hz (null for a twitch).</summary>
    public double? StimulusFrequencyHz { get; init; }

    /// <summary>True for the conduction experiment along an axon.</summary>
    public bool Cable { get; init; }

    /// <summary>Axon diameter in µm for the cable experiment, or null for the squid giant axon's 476 µm.</summary>
    public double? AxonDiameterUm { get; init; }

    /// <summary>The model this request runs.</summary>
    public WhatIfExperiment Experiment =>
        Contraction is not null ? WhatIfExperiment.Contraction
        : Cable ? WhatIfExperiment.Cable
        : PumpOff ? WhatIfExperiment.Pump
        : WhatIfExperiment.Membrane;

    /// <summary>The changes in one short phrase, e.g. "[K⁺]o 10 mM, TTX 100 %", for titles and legends.</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            parts.AddRange(Concentrations.Select(c => $"{c.Symbol} {Number(c.ConcentrationMm)} mM"));
            Add(TemperatureCelsius, t => $"{Number(t)} °C");
            Add(SodiumBlockFraction, f => $"TTX {Number(100 * f)} %");
            Add(PotassiumBlockFraction, f => $"TEA {Number(100 * f)} %");
            if (PumpOff)
            {
                parts.Add("pump off");
            }

            Add(StimulusAmplitudeUaCm2, a => $"stimulus {Number(a)} µA/cm²");
            Add(StimulusDurationMs, d => $"for {Number(d)} ms");
            Add(AxonDiameterUm, d => $"diameter {Number(d)} µm");
            if (Contraction == ContractionPattern.Twitch)
            {
                parts.Add("twitch");
            }

            Add(StimulusFrequencyHz, f => $"{Number(f)} Hz train");
            return parts.Count == 0 ? (Cable ? "conduction" : "normal") : string.Join(", ", parts);

            void Add(double? value, Func<double, string> text)
            {
                if (value is { } v)
                {
                    parts.Add(text(v));
                }
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(WhatIfRequest? other) =>
        other is not null
        && Concentrations.SequenceEqual(other.Concentrations)
        && TemperatureCelsius == other.TemperatureCelsius
        && SodiumBlockFraction == other.SodiumBlockFraction
        && PotassiumBlockFraction == other.PotassiumBlockFraction
        && PumpOff == other.PumpOff
        && StimulusAmplitudeUaCm2 == other.StimulusAmplitudeUaCm2
        && StimulusDurationMs == other.StimulusDurationMs
        && Contraction == other.Contraction
        && StimulusFrequencyHz == other.StimulusFrequencyHz
        && Cable == other.Cable
        && AxonDiameterUm == other.AxonDiameterUm;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Concentrations.Count, TemperatureCelsius, SodiumBlockFraction, PotassiumBlockFraction, PumpOff, StimulusAmplitudeUaCm2, Contraction, Cable);

    internal static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture).Replace('-', '\u2212');
}
