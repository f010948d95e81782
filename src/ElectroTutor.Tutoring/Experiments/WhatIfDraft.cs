namespace ElectroTutor.Tutoring.Experiments;

/// <summary>The request as the parser fills it in, clause by clause; <see cref="Finish"/> checks the whole.</summary>
internal sealed class WhatIfDraft
{
    public const double DefaultTetanusHz = 100;

    private readonly List<ConcentrationSetting> concentrations = [];

    public double? TemperatureCelsius { get; set; }

    public double? SodiumBlockFraction { get; set; }

    public double? PotassiumBlockFraction { get; set; }

    public bool PumpOff { get; set; }

    public double? StimulusAmplitudeUaCm2 { get; set; }

    public double? StimulusDurationMs { get; set; }

    public ContractionPattern? Contraction { get; set; }

    public double? StimulusFrequencyHz { get; set; }

    public bool Cable { get; set; }

    public double? AxonDiameterUm { get; set; }

    public WhatIfParseError? Set(ConcentrationSetting setting)
    {
        if (concentrations.Any(c => c.Ion == setting.Ion && c.Side == setting.Side))
        {
            return WhatIfParser.Error(WhatIfParseErrorKind.Conflict, $"{setting.Symbol} was given twice; give each concentration once.");
        }

        concentrations.Add(setting);
        return null;
    }

    public WhatIfParseResult Finish()
    {
        var membrane = concentrations.Count > 0 || StimulusAmplitudeUaCm2 is not null || StimulusDurationMs is not null;
        var drugs = SodiumBlockFraction is not null || PotassiumBlockFraction is not null;
        var anything = membrane || drugs || PumpOff || TemperatureCelsius is not null || Contraction is not null || Cable;
        if (!anything)
        {
            return WhatIfParser.Fail(WhatIfParseErrorKind.Menu, WhatIfExamples.Menu);
        }

        if (Contraction is not null && (membrane || drugs || PumpOff || Cable || TemperatureCelsius is not null))
        {
            return Conflict("The muscle model runs a twitch or a tetanus of a normal fibre; simulate it on its own, e.g. \"tetanus 50 Hz\".");
        }

        if (Contraction == ContractionPattern.Twitch && StimulusFrequencyHz is not null)
        {
            return Conflict("A twitch is one action potential; for a train at a frequency say \"tetanus 50 Hz\".");
        }

        if (Cable && (membrane || PumpOff))
        {
            return Conflict("The conduction model takes the axon diameter, the temperature, TTX and TEA; concentrations, the pump and the stimulus stay normal there.");
        }

        if (PumpOff && (membrane || drugs || TemperatureCelsius is not null))
        {
            return Conflict("Switching the pump off is shown on its own; simulate \"pump off\" alone, then the other change.");
        }

        return WhatIfParseResult.Success(new WhatIfRequest
        {
            Concentrations = concentrations.ToArray(),
            TemperatureCelsius = TemperatureCelsius,
            SodiumBlockFraction = SodiumBlockFraction,
            PotassiumBlockFraction = PotassiumBlockFraction,
            PumpOff = PumpOff,
            StimulusAmplitudeUaCm2 = StimulusAmplitudeUaCm2,
            StimulusDurationMs = StimulusDurationMs,
            Contraction = Contraction,
            StimulusFrequencyHz = StimulusFrequencyHz,
            Cable = Cable,
            AxonDiameterUm = AxonDiameterUm,
        });
    }

    private static WhatIfParseResult Conflict(string message) => WhatIfParser.Fail(WhatIfParseErrorKind.Conflict, message);
}
