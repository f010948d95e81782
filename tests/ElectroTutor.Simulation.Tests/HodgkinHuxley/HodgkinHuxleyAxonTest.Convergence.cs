using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Tests.HodgkinHuxley;

public class HodgkinHuxleyAxonConvergenceTest
{
    // A 1 ms, 20 µA/cm² pulse at 1 ms (edges on every step tried), against RK4 at Δt = 0.001 ms.
    private static readonly HodgkinHuxleyAxon Squid = new(HodgkinHuxleyParameters.SquidAxon);
    private static readonly ReferenceHodgkinHuxley.Result Reference =
        new ReferenceHodgkinHuxley().Run(t => t is >= 1 and < 2 ? 20 : 0, 30, Squid.Rest.Rest!.PotentialMv);

    private static (double SpikeTimeError, double PeakError) Errors(double timeStepMs)
    {
        var trace = Squid.Run(CurrentClampProtocol.Pulse(1, 1, 20), 30, timeStepMs);
        var spikes = SpikeTrain.Detect(trace);
        return (Math.Abs(spikes.TimesMs[0] - Reference.SpikeTimes()[0]), Math.Abs(ActionPotentialShape.PeakMv(trace, spikes) - Reference.Peak()));
    }

    [Fact]
    public void Halving_the_step_cuts_spike_time_and_peak_errors_at_about_second_order()
    {
        // Measured: spike time 5.2e−3, 1.2e−3, 2.7e−4, 5.9e−5 ms and peak 0.18, 0.065, 0.013, 0.0036 mV for
        // Δt = 0.05, 0.025, 0.0125, 0.00625 ms.
        var errors = new[] { 0.05, 0.025, 0.0125, 0.00625 }.Select(Errors).ToArray();
        for (var i = 1; i < errors.Length; i++)
        {
            Assert.InRange(errors[i - 1].SpikeTimeError / errors[i].SpikeTimeError, 3.5, 5);
            Assert.InRange(errors[i - 1].PeakError / errors[i].PeakError, 2.5, 6);
        }

        Assert.InRange(Math.Log2(errors[0].SpikeTimeError / errors[^1].SpikeTimeError) / 3, 1.9, 2.3);
        Assert.InRange(Math.Log2(errors[0].PeakError / errors[^1].PeakError) / 3, 1.7, 2.3);
    }

    [Fact]
    public void Default_step_meets_the_accuracy_the_tutor_needs()
    {
        // Demanded: spike time within 0.02 ms and peak within 0.5 mV. Δt = 0.025 ms gives 0.0012 ms and 0.065 mV;
        // Δt = 0.05 ms would still pass (0.005 ms, 0.18 mV), Δt = 0.1 ms would not (peak off by 3 mV).
        var (time, peak) = Errors(HodgkinHuxleyAxon.DefaultTimeStepMs);
        Assert.InRange(time, 0, 0.002);
        Assert.InRange(peak, 0, 0.1);
        Assert.InRange(Errors(0.1).PeakError, 0.5, 10);
    }
}
