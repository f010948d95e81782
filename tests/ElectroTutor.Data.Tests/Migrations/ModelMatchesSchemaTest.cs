using System.Data.Common;
using ElectroTutor.Data.Connection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ElectroTutor.Data.Tests.Migrations;

/// <summary>
/// The EF model maps onto the hand-authored schema of each provider: same tables, same columns with the types EF
/// expects, nothing unmapped.
/// </summary>
public sealed class ModelMatchesSchemaTest
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public void Every_entity_maps_to_a_migrated_table_with_exactly_its_columns_and_types(DatabaseProvider provider)
    {
        using var temp = TempDatabase.Migrated(provider);
        using var context = temp.Database.CreateContext();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table);
            var mapped = entity.GetProperties()
                .Select(p => $"{p.GetColumnName(store)} {p.GetColumnType(store)}".ToUpperInvariant())
                .Order(StringComparer.Ordinal).ToList();
            var actual = Columns(temp, table);
            Assert.True(actual.Count > 0, $"table {table} is missing");
            Assert.Equal(actual, mapped);
        }
    }

    private static List<string> Columns(TempDatabase temp, string table)
    {
        using var connection = temp.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = temp.Provider == DatabaseProvider.Postgres
            ? "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table"
            : "SELECT name, type FROM pragma_table_info(@table)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "table";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        using DbDataReader reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add($"{reader.GetString(0)} {reader.GetString(1)}".ToUpperInvariant());
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }
}
