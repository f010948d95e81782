using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Database;
using ElectroTutor.Cli.Output;
using ElectroTutor.Cli.Reports;
using ElectroTutor.Data;
using ElectroTutor.Data.Connection;
using ElectroTutor.Data.Content;
using ElectroTutor.Data.Instructors;
using ElectroTutor.Data.Migrations;
using ElectroTutor.Simulation.Scenarios;
using ElectroTutor.Tutoring.Bank;
using ElectroTutor.Tutoring.Conversation;

namespace ElectroTutor.Cli.Demo;

/// <summary>
/// <c>electrotutor demo seed --students N --days D [--seed S] [--class-name NAME] [--instructor LOGIN] [--until DATE]</c>:
/// fills a class with simulated students who were tutored by the real engine for D days (see
/// <see cref="DemoStudentRun"/>), creating the database, the instructor and the class as needed, and prints the
/// class's join code. The arguments are all checked before anything is written (exit code 2); then students are
/// simulated in parallel and stored a batch per transaction, so an interrupted run leaves whole students only.
/// </summary>
internal static class DemoSeedCommand
{
    public const string DefaultClassName = "Demo class";
    public const string DefaultInstructor = "demo";

    // Students of one run share the memory, and a whole class's questions repeat few simulations: keep many results.
    private const int SeedMemoryResults = 50_000;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var students = new Option<int>("--students") { Description = "How many simulated students to add (1 to 100,000).", Required = true };
        var days = new Option<int>("--days") { Description = "Days of tutoring to simulate, ending the day before --until.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same students, answers and times (default 1).", DefaultValueFactory = _ => 1 };
        var className = new Option<string>("--class-name") { Description = $"The class to fill; created if the instructor has none by that name (default \"{DefaultClassName}\").", DefaultValueFactory = _ => DefaultClassName };
        var instructor = new Option<string>("--instructor") { Description = $"The instructor's login; created with an API token if missing (default {DefaultInstructor}).", DefaultValueFactory = _ => DefaultInstructor };
        var until = new Option<string>("--until") { Description = "The simulated period ends at the start of this day (YYYY-MM-DD, UTC; default today)." };
        var database = DatabaseOptions.Database();
        database.Aliases.Add("--connection");
        var provider = new Option<string>("--provider") { Description = $"sqlite or postgres (default: the {TutorDatabase.ProviderEnvironmentVariable} environment variable, else sqlite)." };
        var data = new Option<string>("--data") { Description = "The bank folder with skills.yaml (default: the data/ folder found above the current directory)." };
        var json = DatabaseOptions.Json();
        var command = new Command("seed", "Fill a class with simulated students tutored by the real engine, for demos and benchmarks.")
        {
            students, days, seed, className, instructor, until, database, provider, data, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (Settings(parse.GetValue(students), parse.GetValue(days), parse.GetValue(seed), parse.GetValue(className), parse.GetValue(instructor), parse.GetValue(until), out var problem) is not { } settings)
            {
                return await Refuse(error, ElectroTutorCommand.UsageError, problem!).ConfigureAwait(false);
            }

            TutorDatabase target;
            try
            {
                target = Resolve(parse.GetValue(provider), parse.GetValue(database));
            }
            catch (Exception exception) when (exception is TutorDatabaseException or ArgumentException)
            {
                return await Refuse(error, ElectroTutorCommand.UsageError, exception.Message).ConfigureAwait(false);
            }

            if (SeedTarget.Unwritable(target) is { } unwritable)
            {
                return await Refuse(error, ElectroTutorCommand.UsageError, unwritable).ConfigureAwait(false);
            }

            return await LoadAndSeedAsync(target, parse.GetValue(data), settings, parse.GetValue(json), output, error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> LoadAndSeedAsync(
        TutorDatabase target, string? dataFolder, DemoSeedSettings settings, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var folder = BankFolder.Find(dataFolder);
        var loaded = folder is null ? null : BankFolder.Load(folder);
        if (loaded?.Bank is not { } bank)
        {
            var why = loaded is null ? "no data/ folder with skills.yaml was found; pass --data DIR." : string.Join(Environment.NewLine, loaded.Errors);
            return await Refuse(error, ElectroTutorCommand.InputError, $"cannot load the question bank: {why}").ConfigureAwait(false);
        }

        var notes = BankFolder.LoadConcepts(folder!, bank.Skills).Library;
        try
        {
            var catalog = MemoizedScenarioModel.Memoize(ScenarioCatalog.Default, SeedMemoryResults);
            return await SeedAsync(target, bank, catalog, new TutorEngine(bank, catalog, notes), settings, json, output, error, cancellationToken).ConfigureAwait(false);
        }
        catch (TutorDatabaseException exception)
        {
            return await Refuse(error, ElectroTutorCommand.InputError, exception.Message).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Every failure is either explained here or rethrown unchanged.
        catch (Exception exception) when (target.Explain(exception) is TutorDatabaseException explained)
#pragma warning restore CA1031
        {
            return await Refuse(error, ElectroTutorCommand.InputError, explained.Message).ConfigureAwait(false);
        }
    }

    /// <summary>The checked settings, or null with <paramref name="problem"/> saying what is wrong.</summary>
    internal static DemoSeedSettings? Settings(int students, int days, int seed, string? className, string? instructor, string? until, out string? problem)
    {
        problem = null;
        if (students is < 1 or > DemoSeedSettings.MaximumStudents)
        {
            problem = $"--students needs a number from 1 to {DemoSeedSettings.MaximumStudents:N0}, not {students}.";
        }
        else if (days is < 1 or > DemoSeedSettings.MaximumDays)
        {
            problem = $"--days needs a number from 1 to {DemoSeedSettings.MaximumDays:N0}, not {days}.";
        }
        else if (string.IsNullOrWhiteSpace(className) || className.Trim().Length > Data.Stores.InstructorStore.MaximumClassNameLength)
        {
            problem = $"--class-name needs 1 to {Data.Stores.InstructorStore.MaximumClassNameLength} characters.";
        }
        else if (InstructorLogin.Normalize(instructor) is null)
        {
            problem = $"the instructor login '{instructor}' is not allowed: use {InstructorLogin.Rule}.";
        }

        var end = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero);
        if (problem is null && until is not null)
        {
            var parsed = ReportDate.Parse(until, isEnd: false, out var dateProblem);
            if (parsed is { } given)
            {
                end = new DateTimeOffset(given.UtcDateTime.Date, TimeSpan.Zero);
            }
            else
            {
                problem = $"--until: {dateProblem}";
            }
        }

        return problem is null
            ? new DemoSeedSettings(students, days, seed, className!.Trim(), InstructorLogin.Normalize(instructor)!, end.AddDays(-days))
            : null;
    }

    private static TutorDatabase Resolve(string? provider, string? connection) => provider is null
        ? TutorDatabase.FromOptionOrEnvironment(connection)
        : TutorDatabase.Create(provider, string.IsNullOrWhiteSpace(connection) ? Environment.GetEnvironmentVariable(TutorDatabase.EnvironmentVariable) : connection);

    private static async Task<int> SeedAsync(
        TutorDatabase target, QuestionBank bank, ScenarioCatalog catalog, TutorEngine engine, DemoSeedSettings settings, bool json, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        new SchemaMigrator(target).Migrate(TimeProvider.System);
        var classroom = await SeedTarget.ClassAsync(target, settings, cancellationToken).ConfigureAwait(false);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{classroom.Class.JoinCode}-{settings.Seed}-");
        if (await new Data.Seeding.ClassSeedWriter(target).CountLearnersAsync(DemoStudentRun.ChannelId, prefix, cancellationToken).ConfigureAwait(false) > 0)
        {
            return await Refuse(error, ElectroTutorCommand.InputError,
                $"class {classroom.Class.JoinCode} already has the demo students of seed {settings.Seed}; pass another --seed to add more, or another --class-name.").ConfigureAwait(false);
        }

        var clock = Stopwatch.StartNew();
        var attempts = await DemoSeedRun.RunAsync(target, bank, catalog, engine, classroom.Class, settings, prefix, json, cancellationToken).ConfigureAwait(false);
        var seconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        if (json)
        {
            await output.WriteLineAsync(new JsonObject
            {
                ["database"] = target.Location,
                ["joinCode"] = classroom.Class.JoinCode,
                ["className"] = classroom.Class.Name,
                ["instructor"] = classroom.InstructorLogin,
                ["apiToken"] = classroom.NewApiToken,
                ["students"] = settings.Students,
                ["days"] = settings.Days,
                ["seed"] = settings.Seed,
                ["attempts"] = attempts,
                ["seconds"] = seconds,
            }.ToJsonString(Json.Options)).ConfigureAwait(false);
            return 0;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {settings.Students:N0} simulated student(s) with {attempts:N0} attempts over {settings.Days} day(s) into '{classroom.Class.Name}' of {classroom.InstructorLogin} in {target.Location} ({seconds:0.0} s).")).ConfigureAwait(false);
        if (classroom.NewApiToken is { } token)
        {
            await output.WriteLineAsync($"Created instructor {classroom.InstructorLogin}; API token (shown only now): {token}").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Join code: {classroom.Class.JoinCode}").ConfigureAwait(false);
        await output.WriteLineAsync($"Report: electrotutor report --class {classroom.Class.JoinCode} --format html --out class.html").ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> Refuse(TextWriter error, int exitCode, string message)
    {
        await error.WriteLineAsync($"electrotutor demo seed: {message}").ConfigureAwait(false);
        return exitCode;
    }
}
