using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Stores;

namespace ElectroTutor.Cli.Classes;

/// <summary><c>electrotutor class create --instructor LOGIN --name NAME</c>: a new class and the code its learners type to join.</summary>
internal static class ClassCreateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var instructorOption = new Option<string>("--instructor") { Description = "The login of the instructor who runs the class.", Required = true };
        var nameOption = new Option<string>("--name") { Description = "The class's name as learners see it, e.g. \"PHYS 201 Tuesday\".", Required = true };
        var command = new Command("create", "Create a class for an instructor and print its join code.") { instructorOption, nameOption, database, json };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("class create", error, parse, database, async target =>
        {
            DatabaseOptions.RequireCurrent(target);
            var store = new InstructorStore(target, TimeProvider.System);
            var login = parse.GetValue(instructorOption)!;
            if (await store.FindAsync(login, cancellationToken).ConfigureAwait(false) is not { } instructor)
            {
                await error.WriteLineAsync($"electrotutor class create: no instructor '{login}' in {target.Location}; add one with 'electrotutor instructor add'.").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var name = parse.GetValue(nameOption)!;
            if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > InstructorStore.MaximumClassNameLength)
            {
                await error.WriteLineAsync($"electrotutor class create: a class name needs 1 to {InstructorStore.MaximumClassNameLength} characters.").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var created = await store.CreateClassAsync(instructor.Id, name, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(parse.GetValue(json)
                ? new JsonObject
                {
                    ["database"] = target.Location,
                    ["id"] = created.Id,
                    ["name"] = created.Name,
                    ["joinCode"] = created.JoinCode,
                    ["instructor"] = instructor.LoginName,
                }.ToJsonString(Json.Options)
                : $"Created class '{created.Name}' (id {created.Id}) for {instructor.LoginName}. Join code: {created.JoinCode}").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
