namespace ElectroTutor.Tutoring.Answers;

/// <summary>
/// The units learners may use, with the conversion of each to the canonical unit of its <see cref="Dimension"/>.
/// Templates name their expected unit from here; <see cref="Find"/> reads a unit as a learner typed it.
/// </summary>
public static class UnitCatalog
{
    private const double Micro = 1e-6;

    /// <summary>The unit of a pure number (no symbol).</summary>
    public static readonly Unit One = new("", Dimension.Dimensionless, 1, 0, "");

    /// <summary>Percent: 1 % = 0.01.</summary>
    public static readonly Unit Percent = new("%", Dimension.Dimensionless, 0.01, 0, "percent");

    /// <summary>Volt, the canonical unit of potential.</summary>
    public static readonly Unit Volt = new("V", Dimension.ElectricPotential, 1, 0, "volts");

    /// <summary>Millivolt.</summary>
    public static readonly Unit Millivolt = new("mV", Dimension.ElectricPotential, 1e-3, 0, "millivolts");

    /// <summary>Microvolt.</summary>
    public static readonly Unit Microvolt = new("µV", Dimension.ElectricPotential, Micro, 0, "microvolts");

    /// <summary>Kilovolt.</summary>
    public static readonly Unit Kilovolt = new("kV", Dimension.ElectricPotential, 1e3, 0, "kilovolts");

    /// <summary>Megavolt: listed so that "MV" typed for mV is read literally and graded wrong, never guessed.</summary>
    public static readonly Unit Megavolt = new("MV", Dimension.ElectricPotential, 1e6, 0, "megavolts");

    /// <summary>Molar (mol/L), the canonical unit of concentration.</summary>
    public static readonly Unit Molar = new("M", Dimension.Concentration, 1, 0, "molar");

    /// <summary>Millimolar (mmol/L).</summary>
    public static readonly Unit Millimolar = new("mM", Dimension.Concentration, 1e-3, 0, "millimolar");

    /// <summary>Micromolar (µmol/L).</summary>
    public static readonly Unit Micromolar = new("µM", Dimension.Concentration, Micro, 0, "micromolar");

    /// <summary>Nanomolar (nmol/L).</summary>
    public static readonly Unit Nanomolar = new("nM", Dimension.Concentration, 1e-9, 0, "nanomolar");

    /// <summary>Picomolar (pmol/L).</summary>
    public static readonly Unit Picomolar = new("pM", Dimension.Concentration, 1e-12, 0, "picomolar");

    /// <summary>Kelvin, the canonical unit of temperature.</summary>
    public static readonly Unit Kelvin = new("K", Dimension.Temperature, 1, 0, "kelvin");

    /// <summary>Degree Celsius: K = °C + 273.15.</summary>
    public static readonly Unit Celsius = new("°C", Dimension.Temperature, 1, 273.15, "degrees Celsius");

    /// <summary>Degree Fahrenheit: K = (°F − 32) × 5/9 + 273.15.</summary>
    public static readonly Unit Fahrenheit = new("°F", Dimension.Temperature, 5.0 / 9.0, 273.15 - (32.0 * 5.0 / 9.0), "degrees Fahrenheit");

    /// <summary>Second, the canonical unit of time.</summary>
    public static readonly Unit Second = new("s", Dimension.Time, 1, 0, "seconds");

    /// <summary>Millisecond.</summary>
    public static readonly Unit Millisecond = new("ms", Dimension.Time, 1e-3, 0, "milliseconds");

    /// <summary>Microsecond.</summary>
    public static readonly Unit Microsecond = new("µs", Dimension.Time, Micro, 0, "microseconds");

    /// <summary>Minute.</summary>
    public static readonly Unit Minute = new("min", Dimension.Time, 60, 0, "minutes");

    /// <summary>Hour.</summary>
    public static readonly Unit Hour = new("h", Dimension.Time, 3600, 0, "hours");

    /// <summary>Metre per second, the canonical unit of speed (equal to mm/ms).</summary>
    public static readonly Unit MetrePerSecond = new("m/s", Dimension.Speed, 1, 0, "metres per second");

    /// <summary>Centimetre per second.</summary>
    public static readonly Unit CentimetrePerSecond = new("cm/s", Dimension.Speed, 0.01, 0, "centimetres per second");

    /// <summary>Millimetre per second.</summary>
    public static readonly Unit MillimetrePerSecond = new("mm/s", Dimension.Speed, 1e-3, 0, "millimetres per second");

    /// <summary>Micrometre per millisecond (= mm/s).</summary>
    public static readonly Unit MicrometrePerMillisecond = new("µm/ms", Dimension.Speed, 1e-3, 0, "micrometres per millisecond");

    /// <summary>Kilometre per hour.</summary>
    public static readonly Unit KilometrePerHour = new("km/h", Dimension.Speed, 1 / 3.6, 0, "kilometres per hour");

    /// <summary>Ampere per square metre, the canonical unit of current density.</summary>
    public static readonly Unit AmperePerSquareMetre = new("A/m²", Dimension.CurrentDensity, 1, 0, "amperes per square metre");

    /// <summary>Milliampere per square centimetre (10 A/m²).</summary>
    public static readonly Unit MilliamperePerSquareCentimetre = new("mA/cm²", Dimension.CurrentDensity, 10, 0, "milliamperes per square centimetre");

    /// <summary>Microampere per square centimetre (0.01 A/m²), the Hodgkin–Huxley current unit.</summary>
    public static readonly Unit MicroamperePerSquareCentimetre = new("µA/cm²", Dimension.CurrentDensity, 0.01, 0, "microamperes per square centimetre");

    /// <summary>Nanoampere per square centimetre.</summary>
    public static readonly Unit NanoamperePerSquareCentimetre = new("nA/cm²", Dimension.CurrentDensity, 1e-5, 0, "nanoamperes per square centimetre");

    /// <summary>Siemens per square metre, the canonical unit of conductance density.</summary>
    public static readonly Unit SiemensPerSquareMetre = new("S/m²", Dimension.ConductanceDensity, 1, 0, "siemens per square metre");

    /// <summary>Siemens per square centimetre.</summary>
    public static readonly Unit SiemensPerSquareCentimetre = new("S/cm²", Dimension.ConductanceDensity, 1e4, 0, "siemens per square centimetre");

    /// <summary>Millisiemens per square centimetre (10 S/m²), the Hodgkin–Huxley conductance unit.</summary>
    public static readonly Unit MillisiemensPerSquareCentimetre = new("mS/cm²", Dimension.ConductanceDensity, 10, 0, "millisiemens per square centimetre");

    /// <summary>Microsiemens per square centimetre.</summary>
    public static readonly Unit MicrosiemensPerSquareCentimetre = new("µS/cm²", Dimension.ConductanceDensity, 0.01, 0, "microsiemens per square centimetre");

    /// <summary>Coulomb per square metre, the canonical unit of charge density.</summary>
    public static readonly Unit CoulombPerSquareMetre = new("C/m²", Dimension.ChargeDensity, 1, 0, "coulombs per square metre");

    /// <summary>Microcoulomb per square centimetre.</summary>
    public static readonly Unit MicrocoulombPerSquareCentimetre = new("µC/cm²", Dimension.ChargeDensity, 0.01, 0, "microcoulombs per square centimetre");

    /// <summary>Nanocoulomb per square centimetre.</summary>
    public static readonly Unit NanocoulombPerSquareCentimetre = new("nC/cm²", Dimension.ChargeDensity, 1e-5, 0, "nanocoulombs per square centimetre");

    /// <summary>Mole per square metre, the canonical unit of amount density.</summary>
    public static readonly Unit MolePerSquareMetre = new("mol/m²", Dimension.AmountDensity, 1, 0, "moles per square metre");

    /// <summary>Picomole per square centimetre.</summary>
    public static readonly Unit PicomolePerSquareCentimetre = new("pmol/cm²", Dimension.AmountDensity, 1e-8, 0, "picomoles per square centimetre");

    /// <summary>Nanomole per square centimetre.</summary>
    public static readonly Unit NanomolePerSquareCentimetre = new("nmol/cm²", Dimension.AmountDensity, 1e-5, 0, "nanomoles per square centimetre");

    /// <summary>Mole per square metre per second, the canonical unit of amount flux.</summary>
    public static readonly Unit MolePerSquareMetreSecond = new("mol/(m²·s)", Dimension.AmountFlux, 1, 0, "moles per square metre per second");

    /// <summary>Picomole per square centimetre per second.</summary>
    public static readonly Unit PicomolePerSquareCentimetreSecond = new("pmol/(cm²·s)", Dimension.AmountFlux, 1e-8, 0, "picomoles per square centimetre per second");

    /// <summary>Joule per mole, the canonical unit of molar energy.</summary>
    public static readonly Unit JoulePerMole = new("J/mol", Dimension.MolarEnergy, 1, 0, "joules per mole");

    /// <summary>Kilojoule per mole.</summary>
    public static readonly Unit KilojoulePerMole = new("kJ/mol", Dimension.MolarEnergy, 1e3, 0, "kilojoules per mole");

    /// <summary>Kilocalorie per mole (thermochemical, 4184 J/mol).</summary>
    public static readonly Unit KilocaloriePerMole = new("kcal/mol", Dimension.MolarEnergy, 4184, 0, "kilocalories per mole");

    /// <summary>Calorie per mole (thermochemical, 4.184 J/mol).</summary>
    public static readonly Unit CaloriePerMole = new("cal/mol", Dimension.MolarEnergy, 4.184, 0, "calories per mole");

    /// <summary>Hertz (= s⁻¹), the canonical unit of frequency and rate.</summary>
    public static readonly Unit Hertz = new("Hz", Dimension.Frequency, 1, 0, "hertz");

    /// <summary>Kilohertz.</summary>
    public static readonly Unit Kilohertz = new("kHz", Dimension.Frequency, 1e3, 0, "kilohertz");

    /// <summary>Per second, written s⁻¹: the same dimension and size as Hz.</summary>
    public static readonly Unit PerSecond = new("s⁻¹", Dimension.Frequency, 1, 0, "per second");

    /// <summary>Per millisecond (ms⁻¹), the unit of Hodgkin–Huxley rate constants.</summary>
    public static readonly Unit PerMillisecond = new("ms⁻¹", Dimension.Frequency, 1e3, 0, "per millisecond");

    /// <summary>Metre, the canonical unit of length.</summary>
    public static readonly Unit Metre = new("m", Dimension.Length, 1, 0, "metres");

    /// <summary>Kilometre.</summary>
    public static readonly Unit Kilometre = new("km", Dimension.Length, 1e3, 0, "kilometres");

    /// <summary>Centimetre.</summary>
    public static readonly Unit Centimetre = new("cm", Dimension.Length, 0.01, 0, "centimetres");

    /// <summary>Millimetre.</summary>
    public static readonly Unit Millimetre = new("mm", Dimension.Length, 1e-3, 0, "millimetres");

    /// <summary>Micrometre.</summary>
    public static readonly Unit Micrometre = new("µm", Dimension.Length, Micro, 0, "micrometres");

    /// <summary>Nanometre.</summary>
    public static readonly Unit Nanometre = new("nm", Dimension.Length, 1e-9, 0, "nanometres");

    /// <summary>Ångström (0.1 nm).</summary>
    public static readonly Unit Angstrom = new("Å", Dimension.Length, 1e-10, 0, "ångströms");

    /// <summary>Every unit of the catalogue, in the order above.</summary>
    public static IReadOnlyList<Unit> All => UnitIndex.Units;

    /// <summary>Reads a unit as a learner typed it, e.g. <c>mV</c>, <c>uV</c>, <c>mmol·L⁻¹</c>, <c>millivolts</c>.</summary>
    /// <param name="text">The unit text alone, without the number.</param>
    /// <returns>The unit found, a note when it was read leniently, or the reason none was found.</returns>
    public static UnitLookup Find(string text) => UnitIndex.Find(text);

    /// <summary>Units of <paramref name="dimension"/>, for hints such as "did you mean mM?".</summary>
    /// <param name="dimension">The dimension asked for.</param>
    /// <returns>The catalogue's units of that dimension.</returns>
    public static IEnumerable<Unit> OfDimension(Dimension dimension) => UnitIndex.Units.Where(u => u.Dimension == dimension);
}
