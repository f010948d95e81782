using System.CommandLine;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Stores;

namespace ElectroTutor.Cli.Instructors;

/// <summary>
/// <c>electrotutor instructor link --login NAME --channel CHANNEL --user-id ID</c>: links a chat identity to an
/// instructor, so that in chat they can ask for the reports of their classes. The user id is the one the tutor keys
/// learners by: in Teams the user's Entra object id (<c>aadObjectId</c>), elsewhere the channel's user id.
/// </summary>
internal static class InstructorLinkCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var login = new Option<string>("--login") { Description = "The instructor's login.", Required = true };
        var channel = new Option<string>("--channel") { Description = "The channel id, e.g. msteams, directline, webchat.", Required = true };
        var userId = new Option<string>("--user-id") { Description = "The user's id on that channel: the aadObjectId in Teams, else the channel's user id.", Required = true };
        var command = new Command("link", "Link a chat identity to an instructor, for \"class report CODE\" in chat.") { login, channel, userId, database, json };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("instructor link", error, parse, database, async target =>
        {
            var channelId = parse.GetValue(channel)!.Trim();
            var user = parse.GetValue(userId)!.Trim();
            if (channelId.Length is 0 or > InstructorIdentityStore.LongestId || user.Length is 0 or > InstructorIdentityStore.LongestId)
            {
                return await Refuse(error, ElectroTutorCommand.UsageError, $"--channel and --user-id need 1 to {InstructorIdentityStore.LongestId} characters each.").ConfigureAwait(false);
            }

            DatabaseOptions.RequireCurrent(target);
            if (await new InstructorStore(target, TimeProvider.System).FindAsync(parse.GetValue(login)!, cancellationToken).ConfigureAwait(false) is not { } instructor)
            {
                return await Refuse(error, ElectroTutorCommand.InputError, $"no instructor '{parse.GetValue(login)}' in {target.Location}; add one with 'electrotutor instructor add'.").ConfigureAwait(false);
            }

            var link = await new InstructorIdentityStore(target, TimeProvider.System).LinkAsync(instructor.Id, channelId, user, cancellationToken).ConfigureAwait(false);
            if (link == IdentityLink.LinkedToAnother)
            {
                return await Refuse(error, ElectroTutorCommand.InputError, $"{channelId}:{user} is linked to another instructor; nothing was changed.").ConfigureAwait(false);
            }

            await output.WriteLineAsync(parse.GetValue(json)
                ? new JsonObject { ["login"] = instructor.LoginName, ["channel"] = channelId, ["userId"] = user, ["newlyLinked"] = link == IdentityLink.Linked }.ToJsonString(Json.Options)
                : link == IdentityLink.Linked
                    ? $"Linked {channelId}:{user} to instructor {instructor.LoginName}."
                    : $"{channelId}:{user} was already linked to instructor {instructor.LoginName}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static async Task<int> Refuse(TextWriter error, int exitCode, string message)
    {
        await error.WriteLineAsync($"electrotutor instructor link: {message}").ConfigureAwait(false);
        return exitCode;
    }
}
