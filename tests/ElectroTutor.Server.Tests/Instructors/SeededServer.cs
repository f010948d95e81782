namespace ElectroTutor.Server.Tests.Instructors;

/// <summary>One running server with <see cref="DashboardClass"/> seeded, shared by the tests of a class.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    private RunningTutorServer? _server;
    private DashboardClass? _seed;

    internal RunningTutorServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    internal DashboardClass Seed => _seed ?? throw new InvalidOperationException("The class has not been seeded.");

    internal DashboardClient NewClient() => new(Server.Address);

    public async Task InitializeAsync()
    {
        _server = await RunningTutorServer.StartAsync();
        _seed = await DashboardClass.SeedAsync(_server);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
