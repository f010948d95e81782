using ElectroTutor.Simulation.Electrochemistry;
using ElectroTutor.Tutoring.Experiments;

namespace ElectroTutor.Tutoring.Tests.Experiments;

public class WhatIfParserTest
{
    private static readonly WhatIfRequest KOut10 = Concentration(Ion.Potassium, MembraneSide.Outside, 10);

    public static TheoryData<string, WhatIfRequest> Phrasings => new()
    {
        { "simulate K out 10", KOut10 },
        { "K out 10", KOut10 },
        { "[K+]o = 10 mM", KOut10 },
        { "[K⁺]o = 10 mM", KOut10 },
        { "extracellular potassium 10", KOut10 },
        { "raise K outside to 10", KOut10 },
        { "what if potassium outside is 10 mM?", KOut10 },
        { "Ko 10", KOut10 },
        { "K+ out 0.01 M", KOut10 },
        { "double K out", KOut10 },
        { "simulate Na in 50", Concentration(Ion.Sodium, MembraneSide.Inside, 50) },
        { "intracellular sodium 30 mM", Concentration(Ion.Sodium, MembraneSide.Inside, 30) },
        { "[Na+]o = 100", Concentration(Ion.Sodium, MembraneSide.Outside, 100) },
        { "Cl- in 20", Concentration(Ion.Chloride, MembraneSide.Inside, 20) },
        { "K in 100 and Na out 120", new WhatIfRequest { Concentrations = [new(Ion.Potassium, MembraneSide.Inside, 100), new(Ion.Sodium, MembraneSide.Outside, 120)] } },
        { "simulate TTX", new WhatIfRequest { SodiumBlockFraction = 1 } },
        { "block sodium channels", new WhatIfRequest { SodiumBlockFraction = 1 } },
        { "tetrodotoxin 50%", new WhatIfRequest { SodiumBlockFraction = 0.5 } },
        { "TTX 0.25", new WhatIfRequest { SodiumBlockFraction = 0.25 } },
        { "TEA", new WhatIfRequest { PotassiumBlockFraction = 1 } },
        { "block the potassium channels", new WhatIfRequest { PotassiumBlockFraction = 1 } },
        { "TTX and TEA", new WhatIfRequest { SodiumBlockFraction = 1, PotassiumBlockFraction = 1 } },
        { "simulate pump off", new WhatIfRequest { PumpOff = true } },
        { "no pump", new WhatIfRequest { PumpOff = true } },
        { "ouabain", new WhatIfRequest { PumpOff = true } },
        { "stop the Na+/K+ pump", new WhatIfRequest { PumpOff = true } },
        { "simulate temperature 20", new WhatIfRequest { TemperatureCelsius = 20 } },
        { "temp 20", new WhatIfRequest { TemperatureCelsius = 20 } },
        { "20 C", new WhatIfRequest { TemperatureCelsius = 20 } },
        { "20 °C", new WhatIfRequest { TemperatureCelsius = 20 } },
        { "warm to 30 degrees", new WhatIfRequest { TemperatureCelsius = 30 } },
        { "stimulus 5", new WhatIfRequest { StimulusAmplitudeUaCm2 = 5 } },
        { "simulate stimulus 20 uA", new WhatIfRequest { StimulusAmplitudeUaCm2 = 20 } },
        { "stimulus 20 µA/cm²", new WhatIfRequest { StimulusAmplitudeUaCm2 = 20 } },
        { "stimulus 3 for 0.5 ms", new WhatIfRequest { StimulusAmplitudeUaCm2 = 3, StimulusDurationMs = 0.5 } },
        { "inject 15 uA/cm2 for 2 ms", new WhatIfRequest { StimulusAmplitudeUaCm2 = 15, StimulusDurationMs = 2 } },
        { "TTX with stimulus 50", new WhatIfRequest { SodiumBlockFraction = 1, StimulusAmplitudeUaCm2 = 50 } },
        { "twitch", new WhatIfRequest { Contraction = ContractionPattern.Twitch } },
        { "tetanus", new WhatIfRequest { Contraction = ContractionPattern.Train, StimulusFrequencyHz = 100 } },
        { "simulate tetanus 50 Hz", new WhatIfRequest { Contraction = ContractionPattern.Train, StimulusFrequencyHz = 50 } },
        { "stimulate the muscle at 20 Hz", new WhatIfRequest { Contraction = ContractionPattern.Train, StimulusFrequencyHz = 20 } },
        { "simulate cable", new WhatIfRequest { Cable = true } },
        { "conduction velocity", new WhatIfRequest { Cable = true } },
        { "cable diameter 100", new WhatIfRequest { Cable = true, AxonDiameterUm = 100 } },
        { "cable with TTX 50%", new WhatIfRequest { Cable = true, SodiumBlockFraction = 0.5 } },
        { "cable at 10 C", new WhatIfRequest { Cable = true, TemperatureCelsius = 10 } },
        { "K out 10 at 20 C", new WhatIfRequest { Concentrations = KOut10.Concentrations, TemperatureCelsius = 20 } },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Phrasings_give_the_expected_request(string text, WhatIfRequest expected)
    {
        var result = WhatIfParser.Parse(text);
        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Equal(expected, result.Request);
    }

    [Theory]
    [InlineData("")]
    [InlineData("simulate")]
    [InlineData("simulate help")]
    [InlineData("  SIMULATE  ")]
    public void Nothing_named_lists_what_can_be_simulated(string text)
    {
        var error = WhatIfParser.Parse(text).Error!;
        Assert.Equal(WhatIfParseErrorKind.Menu, error.Kind);
        Assert.Contains("concentrations", error.Message, StringComparison.Ordinal);
        Assert.Contains("tetanus 50 Hz", error.Examples);
    }

    [Theory]
    [InlineData("K out -5", "cannot be negative", "0.1 and 1000 mM")]
    [InlineData("K out 10 M", "10 M of K⁺", "0.1 and 1000 mM")]
    [InlineData("Na in 0", "[Na⁺]i", "0.1 and 1000 mM")]
    [InlineData("temperature 200", "200 °C", "between 0 and 40 °C")]
    [InlineData("200 C", "200 °C", "between 0 and 40 °C")]
    [InlineData("temp -10", "−10 °C", "between 0 and 40 °C")]
    [InlineData("tetanus 1000 Hz", "1000 Hz", "between 1 and 200 Hz")]
    [InlineData("stimulus 5000", "5000", "500 µA/cm²")]
    [InlineData("stimulus 5 for 100 ms", "100 ms", "between 0.05 and 40 ms")]
    [InlineData("TTX 150%", "150%", "at most 100 %")]
    [InlineData("cable diameter 5", "5 µm", "between 20 and 1000 µm")]
    public void Values_out_of_range_are_refused_with_the_allowed_range(string text, string echoed, string range)
    {
        var error = WhatIfParser.Parse(text).Error!;
        Assert.Equal(WhatIfParseErrorKind.OutOfRange, error.Kind);
        Assert.Contains(echoed, error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("banana", "banana")]
    [InlineData("K out 10 and frobnicate", "frobnicate")]
    [InlineData("make it purple", "purple")]
    public void Unknown_words_are_named(string text, string word)
    {
        var error = WhatIfParser.Parse(text).Error!;
        Assert.Equal(WhatIfParseErrorKind.NotUnderstood, error.Kind);
        Assert.Contains($"\"{word}", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(error.Examples);
    }

    [Fact]
    public void An_ion_without_a_value_asks_for_one()
    {
        var error = WhatIfParser.Parse("raise potassium outside").Error!;
        Assert.Equal(WhatIfParseErrorKind.NotUnderstood, error.Kind);
        Assert.Contains("What should [K⁺]o be?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tetanus and K out 10", "muscle model")]
    [InlineData("twitch at 50 Hz", "A twitch is one action potential")]
    [InlineData("cable and K out 10", "conduction model")]
    [InlineData("pump off and TTX", "on its own")]
    [InlineData("K out 10 and K out 20", "given twice")]
    public void Changes_that_cannot_go_together_are_refused(string text, string expected)
    {
        var error = WhatIfParser.Parse(text).Error!;
        Assert.Equal(WhatIfParseErrorKind.Conflict, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_text_ends_with_examples_to_try()
    {
        var text = WhatIfParser.Parse("banana").Error!.Text;
        Assert.Contains("Try for example:\n  simulate K out 10", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_listed_example_parses() =>
        Assert.All(WhatIfExamples.All, example => Assert.True(WhatIfParser.Parse(example).Succeeded, example));

    [Fact]
    public void Null_and_very_long_text_do_not_throw()
    {
        Assert.False(WhatIfParser.Parse(null).Succeeded);
        Assert.False(WhatIfParser.Parse(string.Concat(Enumerable.Repeat("K out ", 2000))).Succeeded);
    }

    [Fact]
    public void Summary_reads_like_the_change() =>
        Assert.Equal("[K⁺]o 10 mM, 20 °C, TTX 50 %", WhatIfParser.Parse("K out 10, 20 C, TTX 50%").Request!.Summary);

    private static WhatIfRequest Concentration(Ion ion, MembraneSide side, double mm) => new() { Concentrations = [new(ion, side, mm)] };
}
