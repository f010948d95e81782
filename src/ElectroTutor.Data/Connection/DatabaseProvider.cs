namespace ElectroTutor.Data.Connection;

/// <summary>The database engine behind the stores, chosen by the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file (the default): one machine, one server instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql): several server instances can share it.</summary>
    Postgres,
}
