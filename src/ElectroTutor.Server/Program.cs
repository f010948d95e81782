var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
await app.RunAsync();

/// <summary>The server's entry point, visible to tests that host it.</summary>
public partial class Program;
