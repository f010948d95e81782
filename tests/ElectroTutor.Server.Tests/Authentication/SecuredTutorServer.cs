namespace ElectroTutor.Server.Tests.Authentication;

/// <summary>
/// The tutor server configured as a SingleTenant Azure bot whose Bot Connector keys come from a <see cref="LoopbackKeyServer"/>;
/// shared by the tests of one class, since each request is judged on its own token.
/// </summary>
public sealed class SecuredTutorServer : IAsyncLifetime
{
    /// <summary>The bot's Microsoft App Id: the audience its tokens must carry.</summary>
    public const string AppId = "3c9e7a51-0000-4000-8000-0000000a7b01";

    /// <summary>The channels the published key endorses.</summary>
    public static readonly string[] EndorsedChannels = ["msteams", "webchat", "directline"];

    private LoopbackKeyServer? _keys;

    private RunningTutorServer? _server;

    internal LoopbackKeyServer Keys => _keys ?? throw new InvalidOperationException("The key server has not started.");

    internal RunningTutorServer Server => _server ?? throw new InvalidOperationException("The tutor server has not started.");

    public async Task InitializeAsync()
    {
        _keys = await LoopbackKeyServer.StartAsync(EndorsedChannels);
        _server = await RunningTutorServer.StartAsync(
            $"--MicrosoftAppId={AppId}",
            "--MicrosoftAppType=SingleTenant",
            "--MicrosoftAppPassword=not-used-with-expect-replies",
            "--MicrosoftAppTenantId=7d2f0c44-0000-4000-8000-00000000e1d0",
            $"--BotFramework:OpenIdMetadataUrl={_keys.MetadataUrl.AbsoluteUri}");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_keys is not null)
        {
            await _keys.DisposeAsync();
        }
    }
}
