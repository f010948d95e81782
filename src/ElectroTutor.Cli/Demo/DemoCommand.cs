using System.CommandLine;

namespace ElectroTutor.Cli.Demo;

/// <summary><c>electrotutor demo</c>: ready-made data to show and measure the product with.</summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var demo = new Command("demo", "Demonstration data: seed a class of simulated students.");
        demo.Add(DemoSeedCommand.Create(output, error));
        return demo;
    }
}
