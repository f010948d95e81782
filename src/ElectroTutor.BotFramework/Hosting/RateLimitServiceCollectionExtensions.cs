using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Registers the rate limits of the public endpoints.</summary>
public static class RateLimitServiceCollectionExtensions
{
    /// <summary>
    /// Adds ASP.NET Core rate limiting with <see cref="RateLimitOptions"/> read from <paramref name="section"/>: per-IP limits
    /// for endpoints marked with a <see cref="RateLimitedArea"/> (as <c>MapBotMessages</c> and <c>MapLocalDirectLine</c> mark
    /// theirs) and per-conversation limits for Direct Line activities and, inside the messaging endpoint, for
    /// <c>/api/messages</c>. Requests over a limit get 429 with <c>Retry-After</c>. The application calls
    /// <c>app.UseRateLimiter()</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A setting is out of range; the message lists every problem.</exception>
    public static IServiceCollection AddBotRateLimits(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        var options = section.Get<RateLimitOptions>() ?? new RateLimitOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Rate limits are misconfigured: " + string.Join(" ", errors));
        }

        var conversations = new ConversationRateLimiter(options);
        services.AddSingleton(options);
        services.AddSingleton(conversations);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(RateLimitRejection.WriteAsync(context.HttpContext.Response, context.Lease, cancellationToken));
            limiter.GlobalLimiter = options.Enabled
                ? PartitionedRateLimiter.CreateChained(PerIp(options), DirectLineConversation(options))
                : PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    private static RateLimitedArea? AreaOf(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedArea>();

    private static PartitionedRateLimiter<HttpContext> PerIp(RateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var area = AreaOf(context);
            var rule = area == RateLimitedArea.Messages ? options.MessagesPerIp
                : area == RateLimitedArea.DirectLineToken ? options.DirectLineTokensPerIp
                : area == RateLimitedArea.DirectLineActivity ? options.DirectLineActivitiesPerIp
                : null;
            return rule is { IsOn: true }
                ? RateLimitPartition.GetFixedWindowLimiter($"{area}\n{context.Connection.RemoteIpAddress}", _ => rule.ToLimiterOptions())
                : RateLimitPartition.GetNoLimiter(string.Empty);
        });

    private static PartitionedRateLimiter<HttpContext> DirectLineConversation(RateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            options.PerConversation.IsOn && AreaOf(context) == RateLimitedArea.DirectLineActivity && context.Request.RouteValues["conversationId"] is string conversationId
                ? RateLimitPartition.GetFixedWindowLimiter("directline\n" + conversationId, _ => options.PerConversation.ToLimiterOptions())
                : RateLimitPartition.GetNoLimiter(string.Empty));
}
