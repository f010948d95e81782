using System.Text.Json.Nodes;
using ElectroTutor.Simulation.Scenarios;

namespace ElectroTutor.Cli.Sim;

/// <summary>One entry of a batch file: its id as written, and either a scenario to run or why it cannot run.</summary>
internal sealed record BatchItem(JsonNode? Id, ScenarioRequest? Request, string? Error);
