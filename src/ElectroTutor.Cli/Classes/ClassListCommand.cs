using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Stores;

namespace ElectroTutor.Cli.Classes;

/// <summary><c>electrotutor class list [--instructor LOGIN]</c>: classes by name with join code, instructor and learners enrolled.</summary>
internal static class ClassListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var instructorOption = new Option<string>("--instructor") { Description = "Only this instructor's classes (default: every class)." };
        var command = new Command("list", "List classes with their join codes, instructors and enrolled learners.") { instructorOption, database, json };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("class list", error, parse, database, async target =>
        {
            DatabaseOptions.RequireCurrent(target);
            var store = new InstructorStore(target, TimeProvider.System);
            long? instructorId = null;
            if (parse.GetValue(instructorOption) is { } login)
            {
                if (await store.FindAsync(login, cancellationToken).ConfigureAwait(false) is not { } instructor)
                {
                    await error.WriteLineAsync($"electrotutor class list: no instructor '{login}' in {target.Location}.").ConfigureAwait(false);
                    return ElectroTutorCommand.InputError;
                }

                instructorId = instructor.Id;
            }

            var classes = await store.ListClassesAsync(instructorId, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(new JsonArray(classes.Select(ToJson).ToArray()).ToJsonString(Json.Options)).ConfigureAwait(false);
            }
            else
            {
                await Print(output, target.Location, classes).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static JsonNode ToJson(ClassListing listing) => new JsonObject
    {
        ["id"] = listing.Class.Id,
        ["name"] = listing.Class.Name,
        ["joinCode"] = listing.Class.JoinCode,
        ["instructor"] = listing.InstructorLogin,
        ["learners"] = listing.Learners,
        ["createdAt"] = listing.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
    };

    private static async Task Print(TextWriter output, string location, IReadOnlyList<ClassListing> classes)
    {
        await output.WriteLineAsync($"Database: {location}").ConfigureAwait(false);
        if (classes.Count == 0)
        {
            await output.WriteLineAsync("No classes yet; create one with 'electrotutor class create'.").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync($"{"Join code",-10} {"Learners",8}  {"Instructor",-20} Name").ConfigureAwait(false);
        foreach (var listing in classes)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{listing.Class.JoinCode,-10} {listing.Learners,8}  {listing.InstructorLogin,-20} {listing.Class.Name}")).ConfigureAwait(false);
        }
    }
}
