using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Tutoring.Experiments;

/// <summary>A new concentration for one ion on one side of the membrane.</summary>
/// <param name="Ion"><see cref="Ion.Potassium"/>, <see cref="Ion.Sodium"/> or <see cref="Ion.Chloride"/>.</param>
/// <param name="Side">Which side changes.</param>
/// <param name="ConcentrationMm">The new concentration in mM, within <see cref="WhatIfLimits"/>.</param>
public sealed record ConcentrationSetting(Ion Ion, MembraneSide Side, double ConcentrationMm)
{
    /// <summary>The usual bracket notation, e.g. "[K⁺]o".</summary>
    public string Symbol => $"[{Ion.Symbol}{(Ion.Valence > 0 ? "⁺" : "⁻")}]{(Side == MembraneSide.Outside ? "o" : "i")}";
}
