using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>Registers the local Direct Line.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the in-memory Direct Line, configured from the <c>DirectLine</c> section and then by
    /// <paramref name="configure"/>, validated on start. The host must also register an <see cref="IDirectLineBot"/>.
    /// </summary>
    public static IServiceCollection AddLocalDirectLine(this IServiceCollection services, Action<DirectLineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName);
        if (configure is not null) options.Configure(configure);
        options.Validate(o => o.FindProblem() is null, "DirectLine options are invalid; see DirectLineOptions.FindProblem.").ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<DirectLineTokenIssuer>();
        services.TryAddSingleton<DirectLineBotDelivery>();
        services.TryAddSingleton<DirectLineStream>();
        services.TryAddSingleton<DirectLineClientEndpoints>();
        services.TryAddSingleton<DirectLineConnectorEndpoints>();
        return services;
    }
}
