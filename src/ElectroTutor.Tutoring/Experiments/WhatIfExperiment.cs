namespace ElectroTutor.Tutoring.Experiments;

/// <summary>Which model a what-if request runs.</summary>
public enum WhatIfExperiment
{
    /// <summary>The nerve membrane: GHK resting potential and the Hodgkin–Huxley axon under a stimulus.</summary>
    Membrane,

    /// <summary>The Na⁺/K⁺ pump switched off.</summary>
    Pump,

    /// <summary>A skeletal muscle fibre: twitch or train.</summary>
    Contraction,

    /// <summary>Conduction along an unmyelinated axon.</summary>
    Cable,
}
