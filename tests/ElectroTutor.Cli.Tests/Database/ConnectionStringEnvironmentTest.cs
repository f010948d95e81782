namespace ElectroTutor.Cli.Tests.Database;

/// <summary>Tests that set process-wide environment variables run alone, after every parallel test.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

[Collection(nameof(ProcessEnvironment))]
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

    [Fact]
    public void A_provider_other_than_sqlite_exits_1_without_creating_a_file()
    {
        using var db = new TempDatabaseFile();
        Environment.SetEnvironmentVariable("Database__Provider", "Postgres");
        try
        {
            var run = CliRun.Of("db", "migrate", "--database", db.Path);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("Database:Provider is 'Postgres'", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(db.Path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
        }
    }
}
