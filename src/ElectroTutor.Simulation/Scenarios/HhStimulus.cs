using ElectroTutor.Simulation.HodgkinHuxley;

namespace ElectroTutor.Simulation.Scenarios;

/// <summary>
/// The current-clamp stimulus of the <c>hh</c> scenario read from its inputs: the protocol, the stimulus window (for
/// the firing rate) and the run duration.
/// </summary>
internal sealed record HhStimulus(CurrentClampProtocol Protocol, double StartMs, double WindowMs, double DurationMs, double TimeStepMs)
{
    public const string Pulse = "pulse";
    public const string Step = "step";
    public const string Pair = "pair";

    // Time after the stimulus ends that a default run keeps recording, in ms: the after-hyperpolarisation and any late spike.
    private const double TailMs = 45;

    public static HhStimulus From(ScenarioArguments arguments)
    {
        var kind = arguments.Text("protocol");
        var amplitude = arguments.Number("amplitudeUaCm2");
        var start = arguments.Number("pulseStartMs");
        var width = arguments.Number("pulseWidthMs");
        var interval = arguments.Number("intervalMs");
        if (string.Equals(kind, Pair, StringComparison.Ordinal) && interval < width)
        {
            throw new ScenarioException($"Input 'intervalMs' ({interval} ms) must be at least the pulse width ({width} ms): it is onset to onset.");
        }

        var (protocol, window) = kind switch
        {
            Step => (CurrentClampProtocol.Pulse(start, arguments.Number("stepDurationMs"), amplitude), arguments.Number("stepDurationMs")),
            Pair => (CurrentClampProtocol.PulsePair(start, width, amplitude, interval, arguments.OptionalNumber("secondAmplitudeUaCm2") ?? amplitude), interval + width),
            _ => (CurrentClampProtocol.Pulse(start, width, amplitude), width),
        };
        var duration = arguments.OptionalNumber("durationMs") ?? (start + window + TailMs);
        return new HhStimulus(protocol, start, window, duration, arguments.Number("timeStepMs"));
    }
}
