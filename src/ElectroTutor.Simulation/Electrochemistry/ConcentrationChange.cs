namespace ElectroTutor.Simulation.Electrochemistry;

/// <summary>
/// Predicts how the Goldman–Hodgkin–Katz resting potential moves when one ion's concentration on one side changes,
/// everything else (other concentrations, permeabilities, temperature) held fixed — "[K⁺]o rises from 4 to 10 mM:
/// what is the new resting potential?".
/// </summary>
public static class ConcentrationChange
{
    /// <summary>The resting potential before and after the change.</summary>
    /// <param name="before">All concentrations before the change, in mM.</param>
    /// <param name="permeabilities">pK, pNa and pCl, unchanged by the change.</param>
    /// <param name="temperatureCelsius">Temperature in °C, above −273.15.</param>
    /// <param name="ion"><see cref="Ion.Potassium"/>, <see cref="Ion.Sodium"/> or <see cref="Ion.Chloride"/>.</param>
    /// <param name="side">The side whose concentration changes.</param>
    /// <param name="afterMm">The new concentration of that ion on that side, in mM, above 0.</param>
    /// <returns>Before, after and their difference, in mV.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ion is not K⁺, Na⁺ or Cl⁻, or a value is out of range.</exception>
    public static RestingPotentialChange Predict(
        IonConcentrations before,
        RelativePermeabilities permeabilities,
        double temperatureCelsius,
        Ion ion,
        MembraneSide side,
        double afterMm)
    {
        ArgumentNullException.ThrowIfNull(before);
        var after = before.With(ion, side, afterMm);
        return new(
            GoldmanHodgkinKatz.RestingPotentialMv(before, permeabilities, temperatureCelsius),
            GoldmanHodgkinKatz.RestingPotentialMv(after, permeabilities, temperatureCelsius));
    }
}
