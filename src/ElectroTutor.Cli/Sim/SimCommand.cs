using System.CommandLine;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Sim;

/// <summary><c>electrotutor sim</c>: one subcommand per simulator model, plus <c>models</c> and <c>batch</c>.</summary>
internal static class SimCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var catalog = ScenarioCatalog.Default;
        var sim = new Command("sim", "Run the biophysics simulator: one subcommand per model, 'models' to list them, 'batch' for a JSON file of scenarios, 'whatif' for a learner's what-if experiment.");
        foreach (var model in catalog.Models)
        {
            sim.Add(ModelCommand.Create(catalog, model, output, error));
        }

        sim.Add(ModelsCommand.Create(catalog, output));
        sim.Add(BatchCommand.Create(catalog, output, error));
        sim.Add(WhatIfCommand.Create(output, error));
        return sim;
    }
}
