namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

/// <summary>
/// An independent check on the production integrator: classical fourth-order Runge–Kutta on (V, m, h, n) with the 1952
/// rate formulas written out again here, a tiny step (default 0.001 ms) and no tables. Pulse edges must fall on steps.
/// </summary>
internal sealed class ReferenceHodgkinHuxley
{
    public double GNa { get; init; } = 120;
    public double GK { get; init; } = 36;
    public double GL { get; init; } = 0.3;
    public double ENa { get; init; } = 50;
    public double EK { get; init; } = -77;
    public double EL { get; init; } = -54.387;
    public double TemperatureCelsius { get; init; } = 6.3;

    public sealed record Result(double[] V, double[] SodiumCurrent, double Dt)
    {
        public List<double> SpikeTimes()
        {
            var times = new List<double>();
            for (var k = 0; k + 1 < V.Length; k++)
            {
                if (V[k] < 0 && V[k + 1] >= 0)
                {
                    times.Add(Dt * (k + (-V[k] / (V[k + 1] - V[k]))));
                }
            }

            return times;
        }

        public double Peak() => V.Max();

        public double MinimumAfterPeak() => V.Skip(Array.IndexOf(V, V.Max())).Min();
    }

    public static double AlphaM(double v) => Math.Abs(v + 40) < 1e-9 ? 1.0 : 0.1 * (v + 40) / (1 - Math.Exp(-(v + 40) / 10));
    public static double BetaM(double v) => 4 * Math.Exp(-(v + 65) / 18);
    public static double AlphaH(double v) => 0.07 * Math.Exp(-(v + 65) / 20);
    public static double BetaH(double v) => 1 / (1 + Math.Exp(-(v + 35) / 10));
    public static double AlphaN(double v) => Math.Abs(v + 55) < 1e-9 ? 0.1 : 0.01 * (v + 55) / (1 - Math.Exp(-(v + 55) / 10));
    public static double BetaN(double v) => 0.125 * Math.Exp(-(v + 65) / 80);

    /// <summary>Runs from (v0, steady-state gates at v0) with applied current I(t) held over each step at its value at the step start.</summary>
    public Result Run(Func<double, double> appliedUaCm2, double durationMs, double v0, double dt = 0.001)
    {
        var phi = Math.Pow(3, (TemperatureCelsius - 6.3) / 10);
        var steps = (int)Math.Round(durationMs / dt);
        var y = new[] { v0, AlphaM(v0) / (AlphaM(v0) + BetaM(v0)), AlphaH(v0) / (AlphaH(v0) + BetaH(v0)), AlphaN(v0) / (AlphaN(v0) + BetaN(v0)) };
        var v = new double[steps + 1];
        var sodium = new double[steps];
        v[0] = v0;
        for (var k = 0; k < steps; k++)
        {
            var i = appliedUaCm2((k + 0.5) * dt);
            var k1 = Derivative(y, i, phi);
            var k2 = Derivative(Add(y, k1, dt / 2), i, phi);
            var k3 = Derivative(Add(y, k2, dt / 2), i, phi);
            var k4 = Derivative(Add(y, k3, dt), i, phi);
            var next = new double[4];
            for (var j = 0; j < 4; j++)
            {
                next[j] = y[j] + (dt / 6 * (k1[j] + (2 * k2[j]) + (2 * k3[j]) + k4[j]));
            }

            // I_Na at the step midpoint, like the production trace: mean of the two ends is second order, plenty at 0.001 ms.
            sodium[k] = 0.5 * (SodiumCurrent(y) + SodiumCurrent(next));
            y = next;
            v[k + 1] = y[0];
        }

        return new Result(v, sodium, dt);
    }

    public double SodiumCurrent(double[] y) => GNa * y[1] * y[1] * y[1] * y[2] * (y[0] - ENa);

    private double[] Derivative(double[] y, double applied, double phi)
    {
        double v = y[0], m = y[1], h = y[2], n = y[3];
        var ionic = SodiumCurrent(y) + (GK * n * n * n * n * (v - EK)) + (GL * (v - EL));
        return
        [
            applied - ionic,
            phi * ((AlphaM(v) * (1 - m)) - (BetaM(v) * m)),
            phi * ((AlphaH(v) * (1 - h)) - (BetaH(v) * h)),
            phi * ((AlphaN(v) * (1 - n)) - (BetaN(v) * n)),
        ];
    }

    private static double[] Add(double[] y, double[] dy, double scale) =>
        [y[0] + (scale * dy[0]), y[1] + (scale * dy[1]), y[2] + (scale * dy[2]), y[3] + (scale * dy[3])];
}
