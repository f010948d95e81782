namespace ElectroTutor.Simulation.Cable;

/// <summary>
/// Recording sites on a cable of cell-centred compartments: V at a site is interpolated linearly between the two
/// nearest compartment centres (second order in Δx, like the scheme), and held at the end centre beyond it.
/// </summary>
internal sealed class CableSites
{
    private readonly int[] left;
    private readonly double[] fraction;

    public CableSites(IReadOnlyList<double> positionsCm, double compartmentLengthCm, int compartmentCount)
    {
        left = new int[positionsCm.Count];
        fraction = new double[positionsCm.Count];
        for (var s = 0; s < positionsCm.Count; s++)
        {
            // Compartment i has its centre at (i + ½)Δx.
            var position = (positionsCm[s] / compartmentLengthCm) - 0.5;
            var index = Math.Clamp((int)Math.Floor(position), 0, compartmentCount - 2);
            left[s] = index;
            fraction[s] = Math.Clamp(position - index, 0.0, 1.0);
        }
    }

    public int Count => left.Length;

    public void Record(double[] potentialMv, double[][] traces, int sample)
    {
        for (var s = 0; s < left.Length; s++)
        {
            var i = left[s];
            traces[s][sample] = potentialMv[i] + (fraction[s] * (potentialMv[i + 1] - potentialMv[i]));
        }
    }
}
