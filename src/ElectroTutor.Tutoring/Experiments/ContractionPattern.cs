namespace ElectroTutor.Tutoring.Experiments;

/// <summary>How a muscle fibre is stimulated in a contraction experiment.</summary>
public enum ContractionPattern
{
    /// <summary>One action potential.</summary>
    Twitch,

    /// <summary>A train of action potentials at <see cref="WhatIfRequest.StimulusFrequencyHz"/>.</summary>
    Train,
}
