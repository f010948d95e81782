namespace ElectroTutor.Simulation.HodgkinHuxley;

/// <summary>
/// The extreme value of a sampled curve near a sample that is a local extremum, from the parabola through it and its two
/// neighbours; this removes the O(Δt²) bias of taking the largest sample.
/// </summary>
internal static class SampledExtremum
{
    public static double Refine(double[] values, int index)
    {
        if (index <= 0 || index >= values.Length - 1)
        {
            return values[index];
        }

        double before = values[index - 1], at = values[index], after = values[index + 1];
        var curvature = before - (2 * at) + after;
        return curvature == 0 ? at : at - ((after - before) * (after - before) / (8 * curvature));
    }

    public static int IndexOfMaximum(double[] values, int from, int toExclusive)
    {
        var best = from;
        for (var i = from + 1; i < toExclusive; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    public static int IndexOfMinimum(double[] values, int from, int toExclusive)
    {
        var best = from;
        for (var i = from + 1; i < toExclusive; i++)
        {
            if (values[i] < values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
