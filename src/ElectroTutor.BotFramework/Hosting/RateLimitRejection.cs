using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using ElectroTutor.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>The answer to a request over a rate limit: 429, <c>Retry-After</c> in whole seconds, and the Bot Framework error body.</summary>
internal static class RateLimitRejection
{
    public static async Task WriteAsync(HttpResponse response, RateLimitLease lease, CancellationToken cancellationToken)
    {
        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "application/json; charset=utf-8";
        var body = new ErrorResponse(new ErrorDetail("TooManyRequests", "Too many requests; try again after the time in Retry-After."));
        await JsonSerializer.SerializeAsync(response.Body, body, BotJsonContext.Wire.ErrorResponse, cancellationToken).ConfigureAwait(false);
    }
}
