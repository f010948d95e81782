using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Simulation.Pump;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// Scenario model <c>pump</c>: the Na⁺/K⁺-ATPase — its current and fluxes, the electrogenic steady-state potential,
/// the free energy of one cycle against ATP hydrolysis, and the ATP spent on one action potential's Na⁺.
/// </summary>
public sealed class PumpScenario : IScenarioModel
{
    private static readonly ScenarioQuantity[] All =
    [
        new("pumpCurrentUaPerCm2", "µA/cm²", "Outward pump current density (one charge per cycle)."),
        new("sodiumEffluxPmolPerCm2PerS", "pmol/(cm²·s)", "Na⁺ pumped out per cm² per second (3 per cycle)."),
        new("potassiumInfluxPmolPerCm2PerS", "pmol/(cm²·s)", "K⁺ pumped in per cm² per second (2 per cycle)."),
        new("atpConsumptionPmolPerCm2PerS", "pmol/(cm²·s)", "ATP hydrolysed per cm² per second (1 per cycle)."),
        new("steadyStatePotentialMv", "mV", "Mullins–Noda steady-state potential with the coupling ratio."),
        new("cycleFreeEnergyKjPerMol", "kJ/mol", "Free energy needed to move 3 Na⁺ out and 2 K⁺ in at the membrane potential."),
        new("freeEnergyMarginKjPerMol", "kJ/mol", "−(ΔG_ATP + cycle ΔG): positive when ATP can drive the pump forward."),
        new("sodiumPerActionPotentialPmol", "pmol", "Na⁺ that enters the membrane area in one action potential."),
        new("atpPerActionPotentialPmol", "pmol", "ATP needed to pump that Na⁺ back out (3 Na⁺ per ATP)."),
        new("atpMoleculesPerActionPotential", "1", "The same ATP as a count of molecules."),
    ];

    /// <inheritdoc />
    public string Name => "pump";

    /// <inheritdoc />
    public string Description =>
        "Na⁺/K⁺-ATPase (3 Na⁺ out, 2 K⁺ in per ATP): current, fluxes, Mullins–Noda steady state, cycle free energy "
        + "and the ATP cost of an action potential; defaults describe a mammalian neuron at 37 °C.";

    /// <inheritdoc />
    public IReadOnlyList<ScenarioParameter> Inputs { get; } =
    [
        ScenarioParameter.Number("turnoverPerS", "1/s", "Pump cycles per second per site.", 30, 0, 1000, "turnover", "rate"),
        ScenarioParameter.Number("siteDensityPerUm2", "1/µm²", "Pump sites per µm² of membrane.", 1000, 0, 1e5, "density", "sites"),
        GhkScenarioInputs.PotassiumOutside,
        GhkScenarioInputs.PotassiumInside,
        GhkScenarioInputs.SodiumOutside,
        GhkScenarioInputs.SodiumInside,
        GhkScenarioInputs.PotassiumPermeability,
        GhkScenarioInputs.SodiumPermeability,
        ScenarioParameter.Number("couplingRatio", "1", "Na⁺ pumped out per K⁺ pumped in (1.5 for 3 : 2; 1 is electroneutral).", SodiumPotassiumPump.DefaultCouplingRatio, 0.1, 10, "r", "ratio"),
        ScenarioParameter.Number("membranePotentialMv", "mV", "Membrane potential the pump works against, inside minus outside.", -70, -200, 200, "vm", "v"),
        ScenarioParameter.Number("atpFreeEnergyKjPerMol", "kJ/mol", "Free energy of ATP hydrolysis in the cell (Nelson & Cox: −52 in erythrocytes).", SodiumPotassiumPump.TypicalAtpFreeEnergyKjPerMol, -100, -1, "dgatp", "atp"),
        ScenarioParameter.Number("sodiumChargeNcPerCm2", "nC/cm²", "Na⁺ charge entering per cm² in one action potential (squid: about 340–390).", 350, 0, 1e5, "nacharge", "qna"),
        ScenarioParameter.Number("membraneAreaCm2", "cm²", "Membrane area that fires the action potential.", 1, 0, 1e4, "area"),
        GhkScenarioInputs.Temperature,
    ];

    /// <inheritdoc />
    public IReadOnlyList<ScenarioQuantity> Quantities => All;

    /// <inheritdoc />
    public double Evaluate(ScenarioArguments arguments, ScenarioQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(quantity);
        var fluxes = SodiumPotassiumPump.Fluxes(arguments.Number("turnoverPerS"), arguments.Number("siteDensityPerUm2"));
        var cost = SodiumPotassiumPump.ActionPotentialCost(arguments.Number("sodiumChargeNcPerCm2"), arguments.Number("membraneAreaCm2"));
        return quantity.Name switch
        {
            "pumpCurrentUaPerCm2" => fluxes.CurrentDensityUaPerCm2,
            "sodiumEffluxPmolPerCm2PerS" => fluxes.SodiumEffluxPmolPerCm2PerS,
            "potassiumInfluxPmolPerCm2PerS" => fluxes.PotassiumInfluxPmolPerCm2PerS,
            "atpConsumptionPmolPerCm2PerS" => fluxes.AtpConsumptionPmolPerCm2PerS,
            "steadyStatePotentialMv" => SteadyState(arguments),
            "cycleFreeEnergyKjPerMol" => CycleFreeEnergy(arguments),
            "freeEnergyMarginKjPerMol" => SodiumPotassiumPump.FreeEnergyMarginKjPerMol(CycleFreeEnergy(arguments), arguments.Number("atpFreeEnergyKjPerMol")),
            "sodiumPerActionPotentialPmol" => cost.SodiumEnteredPmol,
            "atpPerActionPotentialPmol" => cost.AtpPmol,
            "atpMoleculesPerActionPotential" => cost.AtpMolecules,
            _ => throw new ScenarioException($"Model '{Name}' has no quantity '{quantity.Name}'."),
        };
    }

    private static double SteadyState(ScenarioArguments arguments)
    {
        var pK = arguments.Number(GhkScenarioInputs.PotassiumPermeability.Name);
        var pNa = arguments.Number(GhkScenarioInputs.SodiumPermeability.Name);
        if (pK == 0 && pNa == 0)
        {
            throw new ScenarioException("Inputs 'pK' and 'pNa' are both 0; the steady state needs a K⁺ or Na⁺ leak for the pump to balance.");
        }

        return SodiumPotassiumPump.SteadyStatePotentialMv(
            Concentrations(arguments), pK, pNa, arguments.Number("couplingRatio"), GhkScenarioInputs.TemperatureCelsius(arguments));
    }

    private static double CycleFreeEnergy(ScenarioArguments arguments) =>
        SodiumPotassiumPump.CycleFreeEnergyKjPerMol(
            Concentrations(arguments), arguments.Number("membranePotentialMv"), GhkScenarioInputs.TemperatureCelsius(arguments));

    // Chloride plays no part in the pump; its defaults only fill the record.
    private static IonConcentrations Concentrations(ScenarioArguments arguments) => new(
        arguments.Number(GhkScenarioInputs.PotassiumOutside.Name),
        arguments.Number(GhkScenarioInputs.PotassiumInside.Name),
        arguments.Number(GhkScenarioInputs.SodiumOutside.Name),
        arguments.Number(GhkScenarioInputs.SodiumInside.Name),
        IonConcentrations.MammalianNeuron.ChlorideOutsideMm,
        IonConcentrations.MammalianNeuron.ChlorideInsideMm);
}
