namespace ElectroTutor.Simulation.Pump;

/// <content>The ATP needed to pump out the Na⁺ that one action potential lets in.</content>
public static partial class SodiumPotassiumPump
{
    /// <summary>
    /// Converts the Na⁺ charge that enters during one action potential into moles and molecules, and the ATP needed
    /// to pump it back out at 3 Na⁺ per ATP. For scale: Na⁺ entry in squid and cuttlefish giant axons was measured at
    /// about 3.5–4 pmol/cm² per impulse (Keynes &amp; Lewis 1951, J. Physiol. 114:151), i.e. about 340–390 nC/cm².
    /// </summary>
    /// <param name="sodiumChargeNcPerCm2">Na⁺ charge entering per cm² of membrane, in nC/cm² (the integral of the
    /// Na⁺ current density in µA/cm² over time in ms), at least 0.</param>
    /// <param name="membraneAreaCm2">Membrane area in cm², at least 0.</param>
    /// <returns>Na⁺ entered and ATP needed, in pmol and in molecules.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static ActionPotentialAtpCost ActionPotentialCost(double sodiumChargeNcPerCm2, double membraneAreaCm2)
    {
        RequireNonNegative(sodiumChargeNcPerCm2, nameof(sodiumChargeNcPerCm2), "The Na⁺ charge per action potential must be a finite number of nC/cm², at least 0.");
        RequireNonNegative(membraneAreaCm2, nameof(membraneAreaCm2), "The membrane area must be a finite number of cm², at least 0.");

        // Na⁺ is monovalent, so moles = charge / F; nC → C is 1e-9 and mol → pmol is 1e12.
        var sodiumPmolPerCm2 = sodiumChargeNcPerCm2 * 1e3 / PhysicalConstants.FaradayCPerMol;
        return new ActionPotentialAtpCost(sodiumPmolPerCm2, sodiumPmolPerCm2 * membraneAreaCm2);
    }
}
