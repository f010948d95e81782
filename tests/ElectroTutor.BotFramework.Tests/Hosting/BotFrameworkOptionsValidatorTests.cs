using ElectroTutor.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Tests.Hosting;

public class BotFrameworkOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid_local_mode()
    {
        var options = new BotFrameworkOptions();

        Assert.True(new BotFrameworkOptionsValidator().Validate(name: null, options).Succeeded);
        Assert.True(options.IsLocalMode);
        Assert.Equal(256 * 1024, options.MaxRequestBytes);
        Assert.Equal(TimeSpan.FromSeconds(1), options.TypingDelay);
    }

    [Fact]
    public void Impossible_settings_are_each_named()
    {
        var options = new BotFrameworkOptions { MaxRequestBytes = 0, TypingDelay = TimeSpan.Zero, TypingInterval = TimeSpan.FromSeconds(-1) };
        options.AllowedServiceUrls.Add(new Uri("/relative", UriKind.Relative));

        var result = new BotFrameworkOptionsValidator().Validate(name: null, options);

        Assert.True(result.Failed);
        Assert.Equal(4, result.Failures.Count());
    }

    [Fact]
    public void Options_are_bound_from_the_bot_framework_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BotFramework:MicrosoftAppId"] = "0b5e4c3a-9d8f-4a1b-8c7d-6e5f4a3b2c1d",
            ["BotFramework:MaxRequestBytes"] = "65536",
            ["BotFramework:AllowedServiceUrls:0"] = "https://tutor.example.org/directline/",
            ["BotFramework:TypingDelay"] = "00:00:02",
        }).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddBotFramework(options => options.TypingInterval = TimeSpan.FromSeconds(5))
            .BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.False(options.IsLocalMode);
        Assert.Equal(65536, options.MaxRequestBytes);
        Assert.Equal([new Uri("https://tutor.example.org/directline/")], options.AllowedServiceUrls);
        Assert.Equal(TimeSpan.FromSeconds(2), options.TypingDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.TypingInterval);
    }

    [Fact]
    public void Invalid_configuration_is_refused_when_options_are_read()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddBotFramework(options => options.MaxRequestBytes = -1)
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
        Assert.Contains("MaxRequestBytes", error.Message, StringComparison.Ordinal);
    }
}
