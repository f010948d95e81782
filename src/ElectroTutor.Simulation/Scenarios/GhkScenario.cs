using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>ghk</c>: the Goldman–Hodgkin–Katz resting potential from K⁺, Na⁺ and Cl⁻ concentrations and
/// relative permeabilities, with each ion's Nernst potential for comparison.
/// </summary>
public sealed class GhkScenario : IScenarioModel
{
    private static readonly ScenarioQuantity RestingPotential =
        new("restingPotentialMv", "mV", "Goldman–Hodgkin–Katz resting potential, inside minus outside.");

    private static readonly ScenarioQuantity PotassiumEquilibrium =
        new("potassiumEquilibriumMv", "mV", "Nernst potential of K⁺.");

    private static readonly ScenarioQuantity SodiumEquilibrium =
        new("sodiumEquilibriumMv", "mV", "Nernst potential of Na⁺.");

    private static readonly ScenarioQuantity ChlorideEquilibrium =
        new("chlorideEquilibriumMv", "mV", "Nernst potential of Cl⁻.");

    /// <inheritdoc />
    public string Name => "ghk";

    /// <inheritdoc />
    public string Description =>
        "Goldman–Hodgkin–Katz resting potential from K⁺, Na⁺ and Cl⁻ concentrations and relative permeabilities; "
        + "defaults describe a mammalian neuron at 37 °C (Purves et al., Neuroscience, Table 2.1) with the "
        + "Hodgkin–Katz permeability ratios pK : pNa : pCl = 1 : 0.04 : 0.45.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } = GhkScenarioInputs.All;

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities { get; } =
        [RestingPotential, PotassiumEquilibrium, SodiumEquilibrium, ChlorideEquilibrium];

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var concentrations = GhkScenarioInputs.Concentrations(arguments);
        var temperatureC = GhkScenarioInputs.TemperatureCelsius(arguments);
        return quantity.Name switch
        {
            "restingPotentialMv" => GoldmanHodgkinKatz.RestingPotentialMv(concentrations, GhkScenarioInputs.Permeabilities(arguments), temperatureC),
            "potassiumEquilibriumMv" => Nernst(Ion.Potassium),
            "sodiumEquilibriumMv" => Nernst(Ion.Sodium),
            "chlorideEquilibriumMv" => Nernst(Ion.Chloride),
            _ => throw new ScenarioException($"Model '{Name}' has no quantity '{quantity.Name}'."),
        };

        double Nernst(Ion ion) => NernstPotential.EquilibriumPotentialMv(
            ion, concentrations.ConcentrationMm(ion, MembraneSide.Outside), concentrations.ConcentrationMm(ion, MembraneSide.Inside), temperatureC);
    }
}
