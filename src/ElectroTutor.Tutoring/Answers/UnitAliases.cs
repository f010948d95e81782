using static ElectroTutor.Tutoring.Answers.UnitCatalog;

namespace ElectroTutor.Tutoring.Answers;

/// <summary>The spellings accepted for each catalogue unit: symbols (case-sensitive) and names (any case).</summary>
internal static class UnitAliases
{
    private static readonly string[] Cm2 = ["per square centimetre", "per square centimeter", "per cm²", "per cm^2"];

    public static readonly UnitAliasEntry[] Entries =
    [
        new(Percent, ["%"], ["percent", "per cent", "pct"]),
        new(Volt, ["V"], ["volt", "volts"]),
        new(Millivolt, ["mV"], ["millivolt", "millivolts", "milli volts", "milli-volts"]),
        new(Microvolt, ["µV"], ["microvolt", "microvolts"]),
        new(Kilovolt, ["kV"], ["kilovolt", "kilovolts"]),
        new(Megavolt, ["MV"], ["megavolt", "megavolts"], MatchIgnoringCase: false),
        new(Molar, ["M", "mol/L", "mol/l", "mol/dm^3"], ["molar", "mol per litre", "mol per liter", "moles per litre", "moles per liter", "mole per litre", "mole per liter"]),
        new(Millimolar, ["mM", "mmol/L", "mmol/l", "mmol/dm^3"], ["millimolar", "mmol per litre", "mmol per liter", "millimoles per litre", "millimoles per liter", "millimole per litre", "millimole per liter"]),
        new(Micromolar, ["µM", "µmol/L", "µmol/l"], ["micromolar", "micromoles per litre", "micromoles per liter"]),
        new(Nanomolar, ["nM", "nmol/L", "nmol/l"], ["nanomolar", "nanomoles per litre", "nanomoles per liter"]),
        new(Picomolar, ["pM", "pmol/L", "pmol/l"], ["picomolar"]),
        new(Kelvin, ["K"], ["kelvin", "kelvins", "degrees kelvin"]),
        new(Celsius, ["°C", "degC", "deg·C"], ["degrees celsius", "degree celsius", "degrees c", "degree c", "celsius", "centigrade", "degrees centigrade"]),
        new(Fahrenheit, ["°F", "degF", "deg·F"], ["degrees fahrenheit", "degree fahrenheit", "degrees f", "fahrenheit"]),
        new(Second, ["s", "sec", "secs"], ["second", "seconds"], MatchIgnoringCase: false),
        new(Millisecond, ["ms", "msec", "msecs"], ["millisecond", "milliseconds"]),
        new(Microsecond, ["µs", "µsec"], ["microsecond", "microseconds"]),
        new(Minute, ["min", "mins"], ["minute", "minutes"], MatchIgnoringCase: false),
        new(Hour, ["h", "hr", "hrs"], ["hour", "hours"], MatchIgnoringCase: false),
        new(MetrePerSecond, ["m/s", "m/sec", "mm/ms"], ["metres per second", "meters per second", "metre per second", "meter per second", "m per s", "millimetres per millisecond", "millimeters per millisecond"]),
        new(CentimetrePerSecond, ["cm/s", "cm/sec"], ["centimetres per second", "centimeters per second"]),
        new(MillimetrePerSecond, ["mm/s", "mm/sec"], ["millimetres per second", "millimeters per second"]),
        new(MicrometrePerMillisecond, ["µm/ms"], ["micrometres per millisecond", "micrometers per millisecond"]),
        new(KilometrePerHour, ["km/h", "km/hr", "kph"], ["kilometres per hour", "kilometers per hour"]),
        new(AmperePerSquareMetre, ["A/m^2"], ["amperes per square metre", "amperes per square meter", "amps per square metre", "amps per square meter"]),
        new(MilliamperePerSquareCentimetre, ["mA/cm^2"], Per(["milliamperes", "milliamps", "milliampere", "milliamp"], Cm2)),
        new(MicroamperePerSquareCentimetre, ["µA/cm^2"], Per(["microamperes", "microamps", "microampere", "microamp"], Cm2)),
        new(NanoamperePerSquareCentimetre, ["nA/cm^2"], Per(["nanoamperes", "nanoamps"], Cm2)),
        new(SiemensPerSquareMetre, ["S/m^2", "pS/µm^2"], ["siemens per square metre", "siemens per square meter"]),
        new(SiemensPerSquareCentimetre, ["S/cm^2"], Per(["siemens"], Cm2)),
        new(MillisiemensPerSquareCentimetre, ["mS/cm^2"], Per(["millisiemens"], Cm2)),
        new(MicrosiemensPerSquareCentimetre, ["µS/cm^2"], Per(["microsiemens"], Cm2)),
        new(CoulombPerSquareMetre, ["C/m^2"], ["coulombs per square metre", "coulombs per square meter"]),
        new(MicrocoulombPerSquareCentimetre, ["µC/cm^2"], Per(["microcoulombs", "microcoulomb"], Cm2)),
        new(NanocoulombPerSquareCentimetre, ["nC/cm^2"], Per(["nanocoulombs", "nanocoulomb"], Cm2)),
        new(MolePerSquareMetre, ["mol/m^2"], ["moles per square metre", "moles per square meter"]),
        new(PicomolePerSquareCentimetre, ["pmol/cm^2"], Per(["picomoles", "picomole"], Cm2)),
        new(NanomolePerSquareCentimetre, ["nmol/cm^2"], Per(["nanomoles", "nanomole"], Cm2)),
        new(MolePerSquareMetreSecond, ["mol/(m^2·s)", "mol/(m^2 s)", "mol/m^2/s", "mol m^-2 s^-1", "mol·m^-2·s^-1"], ["moles per square metre per second", "moles per square meter per second"]),
        new(PicomolePerSquareCentimetreSecond, ["pmol/(cm^2·s)", "pmol/(cm^2 s)", "pmol/(s·cm^2)", "pmol/cm^2/s", "pmol cm^-2 s^-1", "pmol·cm^-2·s^-1"], Per(["picomoles", "picomole"], ["per square centimetre per second", "per square centimeter per second", "per cm² per second", "per cm^2 per second"])),
        new(JoulePerMole, ["J/mol"], ["joules per mole", "joule per mole"]),
        new(KilojoulePerMole, ["kJ/mol"], ["kilojoules per mole", "kilojoule per mole"]),
        new(KilocaloriePerMole, ["kcal/mol"], ["kilocalories per mole", "kilocalorie per mole"]),
        new(CaloriePerMole, ["cal/mol"], ["calories per mole", "calorie per mole"]),
        new(Hertz, ["Hz"], ["hertz"]),
        new(Kilohertz, ["kHz"], ["kilohertz"]),
        new(PerSecond, ["1/s", "/s", "s^-1", "/sec"], ["per second", "per sec", "1 per second"], MatchIgnoringCase: false),
        new(PerMillisecond, ["1/ms", "/ms", "ms^-1"], ["per millisecond", "per ms"], MatchIgnoringCase: false),
        new(Metre, ["m"], ["metre", "metres", "meter", "meters"]),
        new(Kilometre, ["km"], ["kilometre", "kilometres", "kilometer", "kilometers"]),
        new(Centimetre, ["cm"], ["centimetre", "centimetres", "centimeter", "centimeters"]),
        new(Millimetre, ["mm"], ["millimetre", "millimetres", "millimeter", "millimeters"]),
        new(Micrometre, ["µm"], ["micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"]),
        new(Nanometre, ["nm"], ["nanometre", "nanometres", "nanometer", "nanometers"]),
        new(Angstrom, ["Å"], ["angstrom", "angstroms", "ångström", "ångströms"]),
    ];

    // Symbols that are read only with a note, because they are shorthand a careful writer would avoid.
    public static IEnumerable<(string Text, Unit Unit, string Note)> NotedAliases()
    {
        yield return ("C", Celsius, "I read \"C\" as °C (on its own, C is the coulomb).");
        yield return ("°K", Kelvin, "Kelvin takes no degree sign: write K.");
        yield return ("mMol/L", Millimolar, "I read \"mMol/L\" as mmol/L (mM).");
    }

    private static string[] Per(string[] quantities, string[] areas) =>
        [.. quantities.SelectMany(q => areas.Select(a => $"{q} {a}"))];
}
