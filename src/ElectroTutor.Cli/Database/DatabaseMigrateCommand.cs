using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Migrations;

namespace ElectroTutor.Cli.Database;

/// <summary><c>electrotutor db migrate</c>: creates the database or applies the schema steps it lacks, in place.</summary>
internal static class DatabaseMigrateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var command = new Command("migrate", "Create the database, or upgrade an older one in place to this build's schema.") { database, json };
        command.SetAction((parse, _) => DatabaseOptions.Guard("db migrate", error, parse, database, target =>
        {
            var applied = new SchemaMigrator(target).Migrate(TimeProvider.System);
            if (parse.GetValue(json))
            {
                output.WriteLine(new JsonObject
                {
                    ["database"] = target.Location,
                    ["schemaVersion"] = SchemaMigrations.Latest,
                    ["applied"] = new JsonArray(applied.Select(a => (JsonNode?)new JsonObject { ["version"] = a.Version, ["description"] = a.Description }).ToArray()),
                }.ToJsonString(Json.Options));
                return Task.FromResult(0);
            }

            output.WriteLine($"Database: {target.Location}");
            foreach (var step in applied)
            {
                output.WriteLine($"Applied schema version {step.Version}: {step.Description}.");
            }

            output.WriteLine(applied.Count == 0
                ? $"Already at schema version {SchemaMigrations.Latest}; nothing to do."
                : $"Now at schema version {SchemaMigrations.Latest}.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
