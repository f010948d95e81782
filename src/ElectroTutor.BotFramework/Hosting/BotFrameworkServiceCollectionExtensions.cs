using ElectroTutor.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Registers the messaging endpoint's services.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Adds the messaging endpoint: <see cref="BotFrameworkOptions"/> bound from the <c>BotFramework</c> section (then
    /// <paramref name="configure"/>) and validated on start, the per-conversation turn lock, and — unless one is already
    /// registered — <see cref="AnonymousLocalAuthenticator"/> as <see cref="IBotRequestAuthenticator"/> (it rejects every
    /// request once an app id is configured). The application registers its <see cref="IBotTurnHandler"/> and an
    /// <c>IConnectorClient</c>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, Action<BotFrameworkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName);
        if (configure is not null)
            options.Configure(configure);
        options.ValidateOnStart();

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KeyedAsyncLock>();
        services.TryAddSingleton<BotMessageProcessor>();
        services.TryAddSingleton<IBotRequestAuthenticator, AnonymousLocalAuthenticator>();
        return services;
    }
}
