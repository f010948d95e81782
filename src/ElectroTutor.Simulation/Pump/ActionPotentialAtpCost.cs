namespace ElectroTutor.Simulation.Pump;

/// <summary>The Na⁺ one action potential lets in and the ATP the Na⁺/K⁺ pump spends removing it (3 Na⁺ per ATP).</summary>
/// <param name="SodiumEnteredPmolPerCm2">Na⁺ entered per cm² of membrane, in pmol/cm².</param>
/// <param name="SodiumEnteredPmol">Na⁺ entered over the whole membrane area, in pmol.</param>
public sealed record ActionPotentialAtpCost(double SodiumEnteredPmolPerCm2, double SodiumEnteredPmol)
{
    /// <summary>Na⁺ ions entered over the whole area (a count).</summary>
    public double SodiumIonsEntered => SodiumEnteredPmol * 1e-12 * PhysicalConstants.AvogadroPerMol;

    /// <summary>ATP needed to pump that Na⁺ out, in pmol.</summary>
    public double AtpPmol => SodiumEnteredPmol / SodiumPotassiumPump.SodiumPerCycle;

    /// <summary>ATP molecules needed to pump that Na⁺ out (a count).</summary>
    public double AtpMolecules => SodiumIonsEntered / SodiumPotassiumPump.SodiumPerCycle;
}
