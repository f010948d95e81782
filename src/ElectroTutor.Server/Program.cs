using ElectroTutor.Server;

await TutorServer.Build(args).RunAsync();

/// <summary>The server's entry point, visible to tests that host it.</summary>
public partial class Program;
