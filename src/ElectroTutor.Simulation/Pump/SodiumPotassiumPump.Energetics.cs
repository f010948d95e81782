using ElectroTutor.Simulation.Electrochemistry;

namespace ElectroTutor.Simulation.Pump;

/// <content>The free energy one pump cycle needs, and whether ATP hydrolysis can supply it.</content>
public static partial class SodiumPotassiumPump
{
    /// <summary>
    /// A typical free energy of ATP hydrolysis in a cell, −52 kJ/mol: the value Nelson &amp; Cox
    /// (<i>Lehninger Principles of Biochemistry</i>) work out for human erythrocytes. Values in cells span about
    /// −50 to −65 kJ/mol.
    /// </summary>
    public const double TypicalAtpFreeEnergyKjPerMol = -52;

    /// <summary>
    /// The free energy needed to move 3 Na⁺ out and 2 K⁺ in against their electrochemical gradients:
    /// ΔG = 3·[RT·ln([Na]o/[Na]i) − F·Vm] + 2·[RT·ln([K]i/[K]o) + F·Vm] = 3RT·ln([Na]o/[Na]i) + 2RT·ln([K]i/[K]o) − F·Vm.
    /// </summary>
    /// <param name="concentrations">Concentrations in mM; only K⁺ and Na⁺ are used.</param>
    /// <param name="membranePotentialMv">Membrane potential in mV, inside minus outside, finite.</param>
    /// <param name="temperatureCelsius">Temperature in °C, above −273.15.</param>
    /// <returns>ΔG per mole of cycles in kJ/mol; positive for physiological gradients (about +40 to +50).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static double CycleFreeEnergyKjPerMol(IonConcentrations concentrations, double membranePotentialMv, double temperatureCelsius)
    {
        ArgumentNullException.ThrowIfNull(concentrations);
        if (!double.IsFinite(membranePotentialMv))
        {
            throw new ArgumentOutOfRangeException(nameof(membranePotentialMv), membranePotentialMv, "The membrane potential must be a finite number of mV.");
        }

        var rtJPerMol = PhysicalConstants.GasConstantJPerMolK * PhysicalConstants.KelvinFromCelsius(temperatureCelsius);
        var fvJPerMol = PhysicalConstants.FaradayCPerMol * membranePotentialMv / 1000.0;
        var c = concentrations;
        var sodiumOutJPerMol = (rtJPerMol * Math.Log(c.SodiumOutsideMm / c.SodiumInsideMm)) - fvJPerMol;
        var potassiumInJPerMol = (rtJPerMol * Math.Log(c.PotassiumInsideMm / c.PotassiumOutsideMm)) + fvJPerMol;
        return ((SodiumPerCycle * sodiumOutJPerMol) + (PotassiumPerCycle * potassiumInJPerMol)) / 1000.0;
    }

    /// <summary>
    /// What ATP hydrolysis leaves over after paying for one cycle: −(ΔG_ATP + ΔG_cycle). Positive means the pump
    /// can run forward; zero is thermodynamic equilibrium; negative means it would run backwards, making ATP.
    /// </summary>
    /// <param name="cycleFreeEnergyKjPerMol">ΔG of the transport, from <see cref="CycleFreeEnergyKjPerMol"/>, in kJ/mol.</param>
    /// <param name="atpFreeEnergyKjPerMol">ΔG of ATP hydrolysis in kJ/mol, below 0 (see <see cref="TypicalAtpFreeEnergyKjPerMol"/>).</param>
    /// <returns>The margin in kJ/mol.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not finite, or ΔG_ATP is not below 0.</exception>
    public static double FreeEnergyMarginKjPerMol(double cycleFreeEnergyKjPerMol, double atpFreeEnergyKjPerMol)
    {
        if (!double.IsFinite(cycleFreeEnergyKjPerMol))
        {
            throw new ArgumentOutOfRangeException(nameof(cycleFreeEnergyKjPerMol), cycleFreeEnergyKjPerMol, "The cycle's free energy must be a finite number of kJ/mol.");
        }

        if (!(atpFreeEnergyKjPerMol < 0) || !double.IsFinite(atpFreeEnergyKjPerMol))
        {
            throw new ArgumentOutOfRangeException(
                nameof(atpFreeEnergyKjPerMol), atpFreeEnergyKjPerMol, "The free energy of ATP hydrolysis must be a finite negative number of kJ/mol; in cells it is about −50 to −65.");
        }

        return -(atpFreeEnergyKjPerMol + cycleFreeEnergyKjPerMol);
    }
}
