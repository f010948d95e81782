using Microsoft.EntityFrameworkCore;

namespace ElectroTutor.Data.Tests.Migrations;

/// <summary>The EF model maps onto the hand-authored schema: same tables, same columns, nothing unmapped.</summary>
public sealed class ModelMatchesSchemaTest
{
    [Fact]
    public void Every_entity_maps_to_a_migrated_table_with_exactly_its_columns()
    {
        using var temp = TempDatabase.Migrated();
        using var context = temp.Database.CreateContext();

        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var mapped = entity.GetProperties().Select(p => p.GetColumnName()).Order(StringComparer.Ordinal).ToList();
            var actual = Columns(temp, table);
            Assert.True(actual.Count > 0, $"table {table} is missing");
            Assert.Equal(actual, mapped);
        }
    }

    private static List<string> Columns(TempDatabase temp, string table)
    {
        using var connection = temp.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info($table)";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }
}
