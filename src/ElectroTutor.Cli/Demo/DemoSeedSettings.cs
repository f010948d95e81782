namespace ElectroTutor.Cli.Demo;

/// <summary>What <c>demo seed</c> was asked for, checked.</summary>
/// <param name="Students">Simulated students, at least 1.</param>
/// <param name="Days">Days of tutoring simulated, at least 1.</param>
/// <param name="Seed">Makes the class the same from run to run.</param>
/// <param name="ClassName">The class to fill (created if the instructor has none by that name).</param>
/// <param name="InstructorLogin">The instructor who runs the class (created, with an API token, if missing).</param>
/// <param name="FirstDay">Midnight (UTC) of the first simulated day; the last one ends where the period ends.</param>
internal sealed record DemoSeedSettings(int Students, int Days, int Seed, string ClassName, string InstructorLogin, DateTimeOffset FirstDay)
{
    /// <summary>The most students one run seeds.</summary>
    public const int MaximumStudents = 100_000;

    /// <summary>The most days one run simulates (ten years).</summary>
    public const int MaximumDays = 3_650;
}
