namespace ElectroTutor.Data.Connection;

/// <summary>Reads the <c>Database:Provider</c> setting.</summary>
public static class DatabaseProviders
{
    /// <summary>The configuration key of the setting.</summary>
    public const string ConfigurationKey = "Database:Provider";

    /// <summary>
    /// <c>Sqlite</c> (or unset) and <c>Postgres</c> (also <c>PostgreSQL</c>), in any case. Anything else is refused
    /// rather than silently writing to a SQLite file the operator did not ask for.
    /// </summary>
    /// <exception cref="TutorDatabaseException">The setting names a provider this build does not know.</exception>
    public static DatabaseProvider Parse(string? setting)
    {
        var text = setting?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (string.Equals(text, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        throw new TutorDatabaseException(
            $"{ConfigurationKey} is '{setting}', which this build does not know; use Sqlite (the default) or Postgres.");
    }
}
