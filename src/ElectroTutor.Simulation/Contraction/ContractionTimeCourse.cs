namespace ElectroTutor.Simulation.Contraction;

/// <summary>
/// Force and free Ca²⁺ over time for a stimulus train, sampled at regular intervals — the curve behind the summary that
/// <see cref="ExcitationContractionModel.Simulate"/> returns, for charts. It integrates the same equations the same way
/// (classical RK4, steps aligned to every release pulse, at most the model's stable step), so its peak matches the
/// summary's to within the sampling.
/// </summary>
public static class ContractionTimeCourse
{
    /// <summary>Most samples one call returns.</summary>
    public const int MaximumSampleCount = 100_000;

    /// <summary>Samples a train from rest.</summary>
    /// <param name="model">The fibre.</param>
    /// <param name="train">The action potentials (pulses after <paramref name="durationMs"/> are not given).</param>
    /// <param name="durationMs">Time to simulate in ms, above 0 and at most <see cref="ExcitationContractionModel.MaximumDurationMs"/>.</param>
    /// <param name="sampleIntervalMs">Time between samples in ms, above 0; at most <see cref="MaximumSampleCount"/> samples.</param>
    /// <param name="timeStepMs">Largest integration step in ms, above 0 and at most 0.5.</param>
    /// <returns>Samples at 0, Δ, 2Δ, … up to the duration, the first at rest.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is out of range, or pulses come closer than one SR release.</exception>
    public static IReadOnlyList<ContractionSample> Sample(
        ExcitationContractionModel model,
        StimulusTrain train,
        double durationMs,
        double sampleIntervalMs,
        double timeStepMs = ExcitationContractionModel.DefaultTimeStepMs)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        Validate(durationMs, sampleIntervalMs, timeStepMs);
        var kinetics = new CalciumKinetics(model.Parameters);
        var release = new SarcoplasmicReticulumRelease(model.Parameters);
        if (train.PulseCount > 1 && train.IntervalMs < release.DurationMs)
        {
            throw new ArgumentOutOfRangeException(nameof(train), train.FrequencyHz, $"At {train.FrequencyHz} Hz action potentials come closer than one SR release ({release.DurationMs:G3} ms).");
        }

        var sampler = new Sampler(sampleIntervalMs, durationMs, kinetics.Rest);
        var stepMs = Math.Min(timeStepMs, kinetics.StableStepMs);
        var state = kinetics.Rest;
        var availability = 1.0;
        for (var pulse = 0; pulse < train.PulseCount && pulse * train.IntervalMs < durationMs; pulse++)
        {
            var pulseMs = pulse * train.IntervalMs;
            var endMs = Math.Min(pulse < train.PulseCount - 1 ? (pulse + 1) * train.IntervalMs : durationMs, durationMs);
            var releaseEndMs = Math.Min(pulseMs + release.DurationMs, endMs);
            state = Integrate(kinetics, release, state, pulseMs, releaseEndMs, stepMs, pulseMs, availability, sampler);
            state = Integrate(kinetics, release, state, releaseEndMs, endMs, stepMs, pulseMs, 0, sampler);
            availability = release.NextAvailability(availability, train.IntervalMs);
        }

        return sampler.Samples;
    }

    private static MyoplasmicState Integrate(
        CalciumKinetics kinetics, SarcoplasmicReticulumRelease release, MyoplasmicState state, double fromMs, double toMs, double stepMs, double pulseMs, double availability, Sampler sampler)
    {
        if (toMs <= fromMs)
        {
            return state;
        }

        var steps = (int)Math.Max(1, Math.Ceiling(((toMs - fromMs) / stepMs) - 1e-9));
        var h = (toMs - fromMs) / steps;
        for (var i = 0; i < steps; i++)
        {
            var t = fromMs + (i * h);
            double Flux(double at) => availability == 0 ? 0 : release.FluxUmPerMs(at - pulseMs, availability);
            var k1 = kinetics.Derivative(state, Flux(t));
            var k2 = kinetics.Derivative(state.Advance(k1, h / 2), Flux(t + (h / 2)));
            var k3 = kinetics.Derivative(state.Advance(k2, h / 2), Flux(t + (h / 2)));
            var k4 = kinetics.Derivative(state.Advance(k3, h), Flux(t + h));
            var next = state.Combine(k1, k2, k3, k4, h);
            sampler.Record(t, state, i == steps - 1 ? toMs : t + h, next);
            state = next;
        }

        return state;
    }

    private static void Validate(double durationMs, double sampleIntervalMs, double timeStepMs)
    {
        if (!(durationMs > 0 && durationMs <= ExcitationContractionModel.MaximumDurationMs))
        {
            throw new ArgumentOutOfRangeException(nameof(durationMs), durationMs, $"The duration must lie above 0 and at most {ExcitationContractionModel.MaximumDurationMs} ms.");
        }

        if (!(sampleIntervalMs > 0) || durationMs / sampleIntervalMs > MaximumSampleCount)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleIntervalMs), sampleIntervalMs, $"The sample interval must be above 0 ms and give at most {MaximumSampleCount} samples.");
        }

        if (!(timeStepMs > 0 && timeStepMs <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(timeStepMs), timeStepMs, "The time step must lie above 0 and at most 0.5 ms.");
        }
    }

    /// <summary>Collects a sample at each multiple of the interval, interpolating linearly inside the step that spans it.</summary>
    private sealed class Sampler(double intervalMs, double durationMs, MyoplasmicState rest)
    {
        private readonly List<ContractionSample> samples = [new(0, rest.ForceFraction, rest.CalciumUm)];

        public IReadOnlyList<ContractionSample> Samples => samples;

        public void Record(double fromMs, in MyoplasmicState from, double toMs, in MyoplasmicState to)
        {
            for (var next = samples.Count * intervalMs; next <= toMs + 1e-9 && next <= durationMs + 1e-9; next = samples.Count * intervalMs)
            {
                var w = toMs > fromMs ? Math.Clamp((next - fromMs) / (toMs - fromMs), 0, 1) : 1;
                samples.Add(new(next, from.ForceFraction + (w * (to.ForceFraction - from.ForceFraction)), from.CalciumUm + (w * (to.CalciumUm - from.CalciumUm))));
            }
        }
    }
}
