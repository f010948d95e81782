namespace ElectroTutor.Simulation.Pump;

/// <summary>What a membrane's Na⁺/K⁺ pumps move per unit area and time; all values at least 0.</summary>
/// <param name="SodiumEffluxPmolPerCm2PerS">Na⁺ moved out, in pmol/(cm²·s).</param>
/// <param name="PotassiumInfluxPmolPerCm2PerS">K⁺ moved in, in pmol/(cm²·s).</param>
/// <param name="AtpConsumptionPmolPerCm2PerS">ATP hydrolysed, in pmol/(cm²·s) (one per cycle).</param>
/// <param name="CurrentDensityUaPerCm2">Net outward current, in µA/cm².</param>
public sealed record PumpFluxes(
    double SodiumEffluxPmolPerCm2PerS,
    double PotassiumInfluxPmolPerCm2PerS,
    double AtpConsumptionPmolPerCm2PerS,
    double CurrentDensityUaPerCm2);
