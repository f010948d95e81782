namespace ElectroTutor.Tutoring.Experiments;

/// <summary>The ranges a what-if request may ask for, chosen where the models stay valid; the parser names them when it refuses.</summary>
public static class WhatIfLimits
{
    /// <summary>Lowest concentration in mM (the models need some of every ion for a finite Nernst potential).</summary>
    public const double MinimumConcentrationMm = 0.1;

    /// <summary>Highest concentration in mM (1 M; above that a solution is no longer physiological).</summary>
    public const double MaximumConcentrationMm = 1000;

    /// <summary>Lowest temperature in °C.</summary>
    public const double MinimumTemperatureCelsius = 0;

    /// <summary>Highest temperature in °C (the Hodgkin–Huxley rates are fitted far below; proteins denature above).</summary>
    public const double MaximumTemperatureCelsius = 40;

    /// <summary>Largest stimulus amplitude in µA/cm², either sign.</summary>
    public const double MaximumStimulusUaCm2 = 500;

    /// <summary>Shortest stimulus pulse in ms.</summary>
    public const double MinimumStimulusDurationMs = 0.05;

    /// <summary>Longest stimulus pulse in ms (the run lasts 50 ms).</summary>
    public const double MaximumStimulusDurationMs = 40;

    /// <summary>Lowest stimulation frequency of a muscle train in Hz.</summary>
    public const double MinimumFrequencyHz = 1;

    /// <summary>Highest stimulation frequency in Hz (action potentials must be at least one SR release apart).</summary>
    public const double MaximumFrequencyHz = 200;

    /// <summary>Thinnest axon in µm for the cable experiment.</summary>
    public const double MinimumDiameterUm = 20;

    /// <summary>Thickest axon in µm for the cable experiment.</summary>
    public const double MaximumDiameterUm = 1000;
}
