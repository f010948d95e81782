using System.Data.Common;
using System.Globalization;
using ElectroTutor.Data.Connection;

namespace ElectroTutor.Data.Reports;

/// <summary>
/// Runs one report query on an open connection, binding times as each engine stores them: SQLite keeps UTC text in
/// EF Core's format (which sorts as time does), PostgreSQL a <c>timestamptz</c>.
/// </summary>
internal sealed class ReportQuery(DbConnection connection, IReadOnlyDictionary<string, object> parameters)
{
    private const string SqliteTimeFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz";

    public static object Time(DatabaseProvider provider, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return provider == DatabaseProvider.Postgres ? utc : utc.ToString(SqliteTimeFormat, CultureInfo.InvariantCulture);
    }

    public static DateTimeOffset? ReadTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? null
        : reader.GetValue(ordinal) switch
        {
            DateTimeOffset time => time.ToUniversalTime(),
            DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
            var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture).ToUniversalTime(),
        };

    public static double? ReadNumber(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static int ReadCount(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? 0 : Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="sql"/> and reads each row with <paramref name="read"/>.</summary>
    public async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
