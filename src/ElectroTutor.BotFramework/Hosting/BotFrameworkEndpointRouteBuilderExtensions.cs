using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class BotFrameworkEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the messaging endpoint (all methods, so that non-POST requests get 405 rather than 404). Requires
    /// <see cref="BotFrameworkServiceCollectionExtensions.AddBotFramework"/>; marked <see cref="RateLimitedArea.Messages"/>
    /// for <see cref="RateLimitServiceCollectionExtensions.AddBotRateLimits"/>.
    /// </summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">The route, <c>/api/messages</c> by convention.</param>
    /// <returns>The endpoint, for further conventions (rate limiting, host filtering…).</returns>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.Map(pattern, context => context.RequestServices.GetRequiredService<BotMessageProcessor>().ProcessAsync(context))
            .WithMetadata(RateLimitedArea.Messages);
    }
}
