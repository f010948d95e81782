using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Stores;

namespace ElectroTutor.Cli.Instructors;

/// <summary>
/// <c>electrotutor instructor add LOGIN [--password-stdin] [--token]</c>. The password is read from standard input so
/// that it never appears in the shell history or the process list; the API token is printed once and only its hash is
/// stored.
/// </summary>
internal static class InstructorAddCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextReader? input)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var loginArgument = new Argument<string>("LOGIN") { Description = $"The instructor's login: {InstructorLogin.Rule} (stored lower-case)." };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = $"Read the password from the first line of standard input (at least {InstructorStore.MinimumPasswordLength} characters).",
        };
        var token = new Option<bool>("--token") { Description = "Create an API token and print it once; only its hash is stored." };
        var command = new Command("add", "Add an instructor who signs in with a password, an API token or both.") { loginArgument, passwordStdin, token, database, json };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("instructor add", error, parse, database, async target =>
        {
            var withToken = parse.GetValue(token);
            var readPassword = parse.GetValue(passwordStdin);
            if (!readPassword && !withToken)
            {
                return await Refuse(error, "give --password-stdin, --token or both; an instructor needs a way to sign in.").ConfigureAwait(false);
            }

            if (InstructorLogin.Normalize(parse.GetValue(loginArgument)) is not { } login)
            {
                return await Refuse(error, $"the login '{parse.GetValue(loginArgument)}' is not allowed: use {InstructorLogin.Rule}.").ConfigureAwait(false);
            }

            DatabaseOptions.RequireCurrent(target);
            string? password = null;
            if (readPassword)
            {
                password = await (input ?? Console.In).ReadLineAsync(cancellationToken).ConfigureAwait(false);
                if (string.IsNullOrEmpty(password))
                {
                    return await Refuse(error, "--password-stdin was given but standard input holds no password.").ConfigureAwait(false);
                }

                if (password.Length < InstructorStore.MinimumPasswordLength)
                {
                    return await Refuse(error, $"the password is too short: use at least {InstructorStore.MinimumPasswordLength} characters.").ConfigureAwait(false);
                }
            }

            var created = await new InstructorStore(target, TimeProvider.System).CreateAsync(login, password, withToken, cancellationToken).ConfigureAwait(false);
            if (created is null)
            {
                return await Refuse(error, $"an instructor with the login '{login}' already exists in {target.Location}; nothing was changed.").ConfigureAwait(false);
            }

            await Print(output, target.Location, created, parse.GetValue(json)).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static async Task Print(TextWriter output, string location, NewInstructor created, bool asJson)
    {
        var instructor = created.Instructor;
        if (asJson)
        {
            await output.WriteLineAsync(new JsonObject
            {
                ["database"] = location,
                ["id"] = instructor.Id,
                ["login"] = instructor.LoginName,
                ["hasPassword"] = instructor.HasPassword,
                ["apiToken"] = created.ApiToken,
            }.ToJsonString(Json.Options)).ConfigureAwait(false);
            return;
        }

        var ways = instructor.HasPassword && instructor.HasApiToken ? "a password and an API token"
            : instructor.HasPassword ? "a password" : "an API token";
        await output.WriteLineAsync($"Added instructor {instructor.LoginName} (id {instructor.Id}) to {location}, signing in with {ways}.").ConfigureAwait(false);
        if (created.ApiToken is { } apiToken)
        {
            await output.WriteLineAsync("API token (shown only now; keep it secret, it cannot be shown again):").ConfigureAwait(false);
            await output.WriteLineAsync(apiToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> Refuse(TextWriter error, string message)
    {
        await error.WriteLineAsync($"electrotutor instructor add: {message}").ConfigureAwait(false);
        return ElectroTutorCommand.InputError;
    }
}
