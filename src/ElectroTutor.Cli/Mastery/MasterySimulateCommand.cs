using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ElectroTutor.Cli.Bank;
using ElectroTutor.Cli.Output;
using ElectroTutor.Tutoring.Mastery.Simulation;

namespace ElectroTutor.Cli.Mastery;

/// <summary>
/// <c>electrotutor mastery simulate --learners N --seed S [--fixed-items K] [--data DIR] [--json]</c>: teach simulated
/// learners the real skills graph and templates with the adaptive selector, a fixed textbook order and a random
/// order, and compare items used, items to true mastery, over-practice, false mastery and under-practice.
/// </summary>
internal static class MasterySimulateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = BankCommand.DataOption();
        var json = MasteryCommand.JsonOption();
        var learners = new Option<int>("--learners", "-n") { Description = "Simulated learners (each strategy teaches the same ones).", DefaultValueFactory = _ => 200 };
        var seed = new Option<long>("--seed", "-s") { Description = "Seed for learners, answers and choices.", DefaultValueFactory = _ => 1 };
        var fixedItems = new Option<int>("--fixed-items") { Description = "Items per skill in the fixed textbook order (default 23: the fewest that kept its false mastery at or below 5 % in docs/evaluation.md).", DefaultValueFactory = _ => 23 };
        var command = new Command("simulate", "Compare adaptive selection with a fixed textbook order and a random order on simulated learners.") { learners, seed, fixedItems, data, json };
        command.SetAction(parse =>
        {
            var options = new SimulationOptions { Learners = parse.GetValue(learners), Seed = parse.GetValue(seed), FixedItemsPerSkill = parse.GetValue(fixedItems) };
            if (options.Learners < 1 || options.FixedItemsPerSkill < 1)
            {
                error.WriteLine("electrotutor mastery simulate: --learners and --fixed-items must be at least 1.");
                return ElectroTutorCommand.InputError;
            }

            if (BankCommand.LoadOrReport(parse.GetValue(data), error) is not { } bank)
            {
                return ElectroTutorCommand.InputError;
            }

            var outcomes = MasterySimulation.Run(bank.Skills, bank.Templates, options);
            output.WriteLine(parse.GetValue(json) ? Report(options, bank.Skills.Skills.Count, outcomes).ToJsonString(Json.Options) : ForPeople(outcomes));
            return 0;
        });
        return command;
    }

    private static JsonObject Report(SimulationOptions options, int skills, IReadOnlyList<StrategyOutcome> outcomes)
    {
        var strategies = new JsonObject();
        foreach (var outcome in outcomes)
        {
            strategies[JsonNamingPolicy.CamelCase.ConvertName(outcome.Strategy.ToString())] = new JsonObject
            {
                ["meanItems"] = Rounded(outcome.MeanItems),
                ["meanItemsToTrueMastery"] = Rounded(outcome.MeanItemsToTrueMastery),
                ["reachedTrueMastery"] = Rounded(outcome.ReachedTrueMastery),
                ["meanOverPractice"] = Rounded(outcome.MeanOverPractice),
                ["falseMastery"] = Rounded(outcome.FalseMastery),
                ["underPractice"] = Rounded(outcome.UnderPractice),
            };
        }

        var adaptive = outcomes.Single(o => o.Strategy == TutoringStrategy.Adaptive);
        var fixedOrder = outcomes.Single(o => o.Strategy == TutoringStrategy.FixedOrder);
        return new JsonObject
        {
            ["learners"] = options.Learners,
            ["seed"] = options.Seed,
            ["skills"] = skills,
            ["masteryThreshold"] = options.Policy.MasteryThreshold,
            ["prerequisiteGate"] = options.Policy.PrerequisiteGate,
            ["fixedItemsPerSkill"] = options.FixedItemsPerSkill,
            ["maxItemsPerSkill"] = options.MaxItemsPerSkill,
            ["strategies"] = strategies,
            ["adaptiveItemSavingVsFixed"] = Rounded(1 - (adaptive.MeanItems / fixedOrder.MeanItems)),
        };
    }

    /// <summary>JSON has no NaN: an undefined figure (no learner reached true mastery) prints as null.</summary>
    private static JsonValue? Rounded(double value) => double.IsFinite(value) ? JsonValue.Create(Math.Round(value, 4)) : null;

    private const string Header = "strategy      items  to-true-mastery  reached  over-practice  false-mastery  under-practice";

    private static string ForPeople(IReadOnlyList<StrategyOutcome> outcomes) => string.Join(Environment.NewLine,
        outcomes.Select(o =>
            string.Create(CultureInfo.InvariantCulture, $"{o.Strategy,-12} {o.MeanItems,6:0.0}  {o.MeanItemsToTrueMastery,15:0.0}  {o.ReachedTrueMastery,7:P0}  {o.MeanOverPractice,13:0.0}  {o.FalseMastery,13:P1}  {o.UnderPractice,14:P1}")).Prepend(Header));
}
