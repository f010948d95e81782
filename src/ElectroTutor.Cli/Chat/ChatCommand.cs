using ElectroTutor.Data.Content;
using System.CommandLine;
using ElectroTutor.Cli.Database;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Migrations;
using ElectroTutor.Data.Reports;
using ElectroTutor.Data.Stores;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;
using Spectre.Console;

namespace ElectroTutor.Cli.Chat;

/// <summary>
/// <c>electrotutor chat</c>: the tutor in the terminal. Progress is stored in the same database as the server's
/// (the <c>Tutor</c> connection string), so a learner can stop and resume. Reads lines from standard input when it is
/// not a terminal, for scripted use; <c>--json</c> prints one JSON object per reply.
/// </summary>
internal static class ChatCommand
{
    /// <summary>The channel id terminal learners are stored under.</summary>
    public const string ChannelId = "terminal";

    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var user = new Option<string>("--user")
        {
            Description = "Who is learning: progress is kept per user id (default: your login name).",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per reply (the same fields channels receive), for automation." };
        var bank = new Option<string>("--bank") { Description = "The bank folder (default: the data/ folder found above the current directory)." };
        var database = DatabaseOptions.Database();
        var command = new Command("chat", "Chat with the tutor in the terminal; type 'help' once inside, 'stop' to leave.") { user, json, bank, database };
        command.SetAction((parse, cancellationToken) => DatabaseOptions.Guard("chat", error, parse, database, async target =>
        {
            var userId = parse.GetValue(user)!.Trim();
            if (userId.Length is 0 or > 200)
            {
                await error.WriteLineAsync("electrotutor chat: --user needs an id of 1 to 200 characters.").ConfigureAwait(false);
                return ElectroTutorCommand.UsageError;
            }

            var folder = BankFolder.Find(parse.GetValue(bank));
            var loaded = folder is null ? null : BankFolder.Load(folder);
            if (loaded?.Bank is not { } questionBank)
            {
                var why = loaded is null ? "no data/ folder with skills.yaml was found; pass --bank DIR." : string.Join(Environment.NewLine, loaded.Errors);
                await error.WriteLineAsync($"electrotutor chat: cannot load the question bank: {why}").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            var notes = BankFolder.LoadConcepts(folder!, questionBank.Skills);
            if (notes.Library is not { } concepts)
            {
                await error.WriteLineAsync($"electrotutor chat: cannot load the concept notes: {string.Join(Environment.NewLine, notes.Errors)}").ConfigureAwait(false);
                return ElectroTutorCommand.InputError;
            }

            new SchemaMigrator(target).Migrate(TimeProvider.System);
            var session = new ChatSession(Host(target, questionBank, concepts), new LearnerKey(ChannelId, userId), userId, Renderer(output, parse.GetValue(json)));
            await session.RunAsync(input, cancellationToken).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static TutorHost Host(TutorDatabase database, Tutoring.Bank.QuestionBank bank, Tutoring.Concepts.ConceptLibrary concepts)
    {
        var clock = TimeProvider.System;
        var stores = new TutorStores(new LearnerStore(database), new ConversationStateStore(database, clock), new SkillStateStore(database), new TurnStore(database, clock), new ClassStore(database))
        {
            ClassSummaries = new ClassSummaryStore(database, bank.Skills, bank.Misconceptions, clock),
        };
        return new TutorHost(new TutorEngine(bank, ScenarioCatalog.Default, concepts), stores, clock, () => Random.Shared.NextInt64());
    }

    private static ChatRenderer Renderer(TextWriter output, bool json)
    {
        var isTerminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = 100;
        }

        return new ChatRenderer(console, output, json);
    }
}
