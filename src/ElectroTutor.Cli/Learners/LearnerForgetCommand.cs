using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Stores;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.Learners;

/// <summary>
/// <c>electrotutor learner forget ID</c>: deletes a learner and everything recorded about them (a right-to-erasure
/// request). ID is the store's number or <c>channel:user</c>.
/// </summary>
internal static class LearnerForgetCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = DatabaseOptions.Database();
        var json = DatabaseOptions.Json();
        var id = new Argument<string>("ID") { Description = "The learner's number in the store, or CHANNEL:USER (e.g. msteams:29:1abc)." };
        var command = new Command("forget", "Delete a learner with their attempts, skill states, conversation and enrollments.") { id, database, json };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("learner forget", error, parse, database, async target =>
        {
            DatabaseOptions.RequireCurrent(target);
            var text = parse.GetValue(id)!;
            var learnerId = await FindAsync(target, text, cancellationToken).ConfigureAwait(false);
            if (learnerId is null)
            {
                await error.WriteLineAsync($"electrotutor learner forget: no learner '{text}' in {target.Location}.").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var erased = await new LearnerStore(target).ForgetAsync(learnerId.Value, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(new JsonObject
                {
                    ["learnerId"] = learnerId.Value,
                    ["learners"] = erased.Learners,
                    ["attempts"] = erased.Attempts,
                    ["skillStates"] = erased.SkillStates,
                    ["conversations"] = erased.Conversations,
                    ["enrollments"] = erased.Enrollments,
                }.ToJsonString(Json.Options)).ConfigureAwait(false);
            }
            else
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Forgot learner {learnerId.Value}: {erased.Attempts} attempt(s), {erased.SkillStates} skill state(s), {erased.Conversations} conversation(s), {erased.Enrollments} enrollment(s).")).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    private static async Task<long?> FindAsync(TutorDatabase database, string text, CancellationToken cancellationToken)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            // A number is taken as the store id; forgetting an id with no rows reports it as unknown.
            var learner = await new LearnerStore(database).FindByIdAsync(number, cancellationToken).ConfigureAwait(false);
            return learner is null ? null : number;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return null;
        }

        var byKey = await new LearnerStore(database).FindAsync(new LearnerKey(text[..colon], text[(colon + 1)..]), cancellationToken).ConfigureAwait(false);
        return byKey?.Id;
    }
}
