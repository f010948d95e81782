using ElectroTutor.Simulation.Contraction;

namespace ElectroTutor.Simulation.Tests.Contraction;

public class SarcoplasmicReticulumReleaseTest
{
    private static readonly SarcoplasmicReticulumRelease Release = new(ExcitationContractionParameters.FastTwitchMouse);

    // Baylor & Hollingworth 2007 (J Gen Physiol 130:283): one AP releases with a peak of 200–225 µM/ms and an FDHM of
    // about 1.6 ms at 16 °C. The sin² pulse has its peak at mid-pulse and is half-maximal at a quarter and three quarters.
    [Fact]
    public void Pulse_peaks_at_200_uM_per_ms_with_an_FDHM_of_1_point_6_ms()
    {
        Assert.Equal(3.2, Release.DurationMs, 12);
        Assert.Equal(200.0, Release.FluxUmPerMs(1.6, 1.0), 9);
        Assert.Equal(100.0, Release.FluxUmPerMs(0.8, 1.0), 9);
        Assert.Equal(100.0, Release.FluxUmPerMs(2.4, 1.0), 9);
        Assert.Equal(0.0, Release.FluxUmPerMs(-0.1, 1.0));
        Assert.Equal(0.0, Release.FluxUmPerMs(3.3, 1.0));
    }

    // Analytic: ∫ peak · sin²(πt/W) dt over [0, W] = peak · W / 2 = 200 µM/ms × 1.6 ms = 320 µM per first AP
    // (of the order of the ~340 µM Baylor & Hollingworth 2003 estimated for mouse fast-twitch fibres).
    [Fact]
    public void One_pulse_releases_peak_times_FDHM()
    {
        const int intervals = 3200;
        var h = Release.DurationMs / intervals;
        var sum = Release.FluxUmPerMs(0, 1) + Release.FluxUmPerMs(Release.DurationMs, 1);
        for (var i = 1; i < intervals; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * Release.FluxUmPerMs(i * h, 1);
        }

        Assert.Equal(320.0, sum * h / 3, 6);
    }

    // Analytic: availability after a pulse is a(1 − u) and recovers as 1 − (1 − a(1 − u)) e^(−k Δt); u = 0.3,
    // k = 7 s⁻¹ (the recovery rate constant of Baylor & Hollingworth 2007). At 15 ms: 1 − 0.3 e^(−0.105) = 0.72990.
    [Fact]
    public void Availability_is_depressed_by_a_pulse_and_recovers_at_7_per_second()
    {
        Assert.Equal(0.729903, Release.NextAvailability(1.0, 15), 6);
        Assert.InRange(Release.NextAvailability(1.0, 1000), 0.9995, 1.0);
    }

    // In a 67-Hz train Baylor & Hollingworth 2007 inferred that releases 2–5 fall from 0.25 to 0.15 of the first. The
    // model's fixed point a* = (1 − e) / (1 − e (1 − u)) with e = e^(−7/67) is 0.26853: a milder depression, chosen so
    // that this single-compartment model still sustains a fused tetanus (see docs/simulation-contraction.md).
    [Fact]
    public void Availability_in_a_67_Hz_train_settles_near_a_quarter_of_the_first_release()
    {
        var availability = 1.0;
        for (var pulse = 0; pulse < 100; pulse++)
        {
            availability = Release.NextAvailability(availability, 1000.0 / 67);
        }

        Assert.Equal(0.268526, availability, 5);
        Assert.InRange(availability, 0.15, 0.3);
    }
}
