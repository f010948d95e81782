using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Simulation.Tests.Scenarios;

public class HhScenarioTest
{
    private static readonly HhScenario Model = new();

    private static ScenarioResult Evaluate(string? quantity, params (string Name, object Value)[] inputs) =>
        ScenarioRun.Evaluate(Model, quantity, inputs);

    private static double Value(string? quantity, params (string Name, object Value)[] inputs) =>
        ScenarioRun.Value(Model, quantity, inputs);

    [Fact]
    public void Default_quantity_is_the_resting_potential()
    {
        var result = Evaluate(null);
        Assert.Equal("restingPotentialMv", result.Quantity);
        Assert.Equal("mV", result.Unit);
        Assert.Equal(-65.0, result.Value!.Value, 0.01);
    }

    [Fact]
    public void Default_pulse_fires_one_spike_with_the_classic_shape()
    {
        Assert.Equal(1, Value("fires"));
        Assert.Equal(1, Value("spikeCount"));
        Assert.InRange(Value("peakPotentialMv"), 37, 43);
        Assert.InRange(Value("afterHyperpolarizationMv"), -78, -74);
        Assert.InRange(Value("firstSpikeTimeMs"), 6, 9);
        Assert.Equal(0, Value("firingRateHz"));
    }

    [Fact]
    public void Aliases_reach_the_same_inputs()
    {
        Assert.Equal(
            Value("spikeCount", ("protocol", "step"), ("amplitudeUaCm2", 10), ("stepDurationMs", 300), ("temperatureC", 10)),
            Value("spikeCount", ("stim", "step"), ("amp", 10), ("stepdur", 300), ("temp", 10)));
        Assert.Equal(0, Value("fires", ("ttx", 1)));
    }

    [Fact]
    public void Step_protocol_fires_repetitively_at_the_standard_rate()
    {
        Assert.Equal(68.3, Value("firingRateHz", ("protocol", "step"), ("amp", 10)), 0.1);
    }

    [Fact]
    public void Pair_protocol_fires_twice_only_after_the_refractory_interval()
    {
        Assert.Equal(1, Value("spikeCount", ("protocol", "pair"), ("amp", 20), ("width", 0.5), ("interval", 5)));
        Assert.Equal(2, Value("spikeCount", ("protocol", "pair"), ("amp", 20), ("width", 0.5), ("interval", 20)));
        Assert.Contains("at least the pulse width", Evaluate("spikeCount", ("protocol", "pair"), ("width", 2), ("interval", 1)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Excitability_quantities_come_from_the_searches()
    {
        Assert.Equal(6.920, Value("thresholdCurrentUaCm2"), 0.002);
        Assert.Equal(13.276, Value("thresholdCurrentUaCm2", ("width", 0.5)), 0.002);
        Assert.Equal(2.2406, Value("rheobaseUaCm2"), 0.001);
        Assert.Equal(6.72, Value("absoluteRefractoryMs", ("width", 0.5)), 0.01);
        Assert.Equal(12.34, Value("relativeRefractoryMs", ("width", 0.5)), 0.01);
    }

    [Fact]
    public void Sodium_entry_is_reported_in_charge_amount_and_ratio()
    {
        var charge = Value("sodiumChargePerSpikeNcCm2", ("amp", 20));
        Assert.InRange(charge, 1350, 1450);
        Assert.Equal(charge * 1000 / PhysicalConstants.FaradayCPerMol, Value("sodiumEntryPerSpikePmolCm2", ("amp", 20)), 1e-9);
        Assert.InRange(Value("sodiumEntryRatio", ("amp", 20)), 12, 14.5);
        Assert.InRange(Value("sodiumEntryPerSpikePmolCm2", ("amp", 20), ("temp", 18.5)), 3.5, 4.5);
    }

    [Fact]
    public void Concentrations_set_both_reversals_by_Nernst_at_the_temperature()
    {
        Assert.Equal(-77, Value("potassiumReversalMv"), 1e-9);
        Assert.Equal(-77, Value("potassiumReversalMv", ("temp", 18.5)), 1e-9);
        Assert.Equal(-77, Value("potassiumReversalMv", ("kout", 16.345313403697915)), 1e-6);
        Assert.Equal(-77 * 291.65 / 279.45, Value("potassiumReversalMv", ("kout", 16.345313403697915), ("temp", 18.5)), 1e-6);
        Assert.Equal(50 * 291.65 / 279.45, Value("sodiumReversalMv", ("nain", 50), ("temp", 18.5)), 1e-6);
        Assert.InRange(Value("restingPotentialMv", ("kout", 100)), -35, -25);
    }

    [Fact]
    public void A_spontaneously_active_membrane_reports_that_instead_of_a_rest_or_a_threshold()
    {
        Assert.Equal(1, Value("spontaneouslyActive", ("kout", 30)));
        Assert.Equal(0, Value("spontaneouslyActive"));
        Assert.Contains("fires on its own", Evaluate("restingPotentialMv", ("kout", 30)).Error, StringComparison.Ordinal);
        Assert.Contains("fires on its own", Evaluate("thresholdCurrentUaCm2", ("tea", 0.8)).Error, StringComparison.Ordinal);
        Assert.True(Value("spikeCount", ("kout", 30), ("amp", 0), ("dur", 200)) > 3);
    }

    [Fact]
    public void Quantities_that_need_a_spike_say_so_when_there_is_none()
    {
        Assert.Contains("fires no spike", Evaluate("afterHyperpolarizationMv", ("amp", 2)).Error, StringComparison.Ordinal);
        Assert.Contains("No pulse", Evaluate("thresholdCurrentUaCm2", ("ttx", 1)).Error, StringComparison.Ordinal);
        Assert.Contains("must be between", Evaluate("spikeCount", ("dt", 1)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_every_sodium_channel_blocked_a_strong_pulse_charges_past_0_mV_but_fires_no_action_potential()
    {
        Assert.True(Value("peakPotentialMv", ("ttx", 1), ("amp", 200), ("width", 1)) > 0);
        Assert.Equal(0, Value("fires", ("ttx", 1), ("amp", 200), ("width", 1)));
        Assert.Equal(0, Value("spikeCount", ("ttx", 1), ("amp", 200), ("width", 1)));
        Assert.Equal(1, Value("fires", ("amp", 200), ("width", 1)));
    }
}
