namespace ElectroTutor.Cli.Tests.Database;

/// <summary>The only test that sets ConnectionStrings__Tutor; every other database test passes --database, which wins.</summary>
public sealed class ConnectionStringEnvironmentTest
{
    [Fact]
    public void The_Tutor_connection_string_in_the_environment_selects_the_database()
    {
        using var db = new TempDatabaseFile();
        Environment.SetEnvironmentVariable("ConnectionStrings__Tutor", $"Data Source={db.Path}");
        try
        {
            var run = CliRun.Of("db", "migrate");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains($"Database: {db.Path}", run.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(db.Path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__Tutor", null);
        }
    }
}
