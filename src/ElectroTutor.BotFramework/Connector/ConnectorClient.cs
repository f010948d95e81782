using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace ElectroTutor.BotFramework.Connector;

/// <summary>
/// Posts activities to a channel's connector over HTTP: adds the bearer token (refreshing it once if the connector answers
/// 401), paces sends per conversation, retries throttling and transient failures (429, 412, 502, 503, 504 and transport
/// errors) honouring <c>Retry-After</c>, and reads the <c>ResourceResponse</c> id or the <c>{"error":{code,message}}</c> body.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient httpClient;
    private readonly IConnectorTokenProvider tokenProvider;
    private readonly ConnectorOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ConnectorClient> logger;
    private readonly ConversationSendRateLimiter rateLimiter;

    /// <summary>Creates a client; one instance should serve the whole app so that pacing and the token cache are shared.</summary>
    /// <param name="httpClient">Sends the calls; not disposed here.</param>
    /// <param name="tokenProvider">The outbound token (or none, in local mode).</param>
    /// <param name="options">Retry and pacing settings.</param>
    /// <param name="timeProvider">The clock that retries and pacing wait on.</param>
    /// <param name="logger">Receives failed sends with the channel's correlation id.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public ConnectorClient(HttpClient httpClient, IConnectorTokenProvider tokenProvider, ConnectorOptions options, TimeProvider timeProvider, ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokenProvider);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Connector options are invalid: " + string.Join(" ", errors), nameof(options));
        }

        this.httpClient = httpClient;
        this.tokenProvider = tokenProvider;
        this.options = options;
        this.timeProvider = timeProvider;
        this.logger = logger;
        rateLimiter = new ConversationSendRateLimiter(options.SendLimits, options.MaxTrackedConversations, timeProvider);
    }

    /// <summary>The source of jitter in [0, 1); tests fix it.</summary>
    internal Func<double> NextRandom { get; set; } = Random.Shared.NextDouble;

    /// <inheritdoc />
    public Task<ConnectorResponse> SendActivityAsync(Uri serviceUrl, string conversationId, string? replyToId, ReadOnlyMemory<byte> activityJson, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, serviceUrl, conversationId, replyToId, activityJson, cancellationToken);

    /// <inheritdoc />
    public Task<ConnectorResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, ReadOnlyMemory<byte> activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return SendAsync(HttpMethod.Put, serviceUrl, conversationId, activityId, activityJson, cancellationToken);
    }

    private async Task<ConnectorResponse> SendAsync(HttpMethod method, Uri serviceUrl, string conversationId, string? activityId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        if (!ConnectorUrl.IsUsableServiceUrl(serviceUrl))
        {
            return Failed(0, $"serviceUrl '{serviceUrl}' is not an absolute http or https URL");
        }

        var url = ConnectorUrl.Activities(serviceUrl, conversationId, activityId);
        var conversationKey = serviceUrl.GetLeftPart(UriPartial.Path) + "|" + conversationId;
        var forceTokenRefresh = false;
        var refreshedAfterUnauthorized = false;
        for (var attempt = 1; ; attempt++)
        {
            var (token, tokenFailure) = await GetTokenAsync(method, url, forceTokenRefresh, cancellationToken);
            if (tokenFailure is not null)
            {
                return tokenFailure;
            }

            await rateLimiter.WaitAsync(conversationKey, cancellationToken);
            var outcome = await TrySendOnceAsync(method, url, token, body, attempt, cancellationToken);
            if (outcome.Response is { } final)
            {
                return final;
            }

            if (outcome.Unauthorized && token is not null && !refreshedAfterUnauthorized)
            {
                // The token may have been revoked or rotated early: fetch a new one and try again, without counting an attempt.
                refreshedAfterUnauthorized = true;
                forceTokenRefresh = true;
                attempt--;
                continue;
            }

            forceTokenRefresh = false;
            var failure = outcome.Failure!;
            if (attempt >= options.MaxAttempts || !outcome.Retryable)
            {
                return failure;
            }

            var delay = outcome.RetryAfter ?? RetryDelay.Backoff(attempt, options.InitialRetryDelay, options.MaxRetryDelay, NextRandom());
            if (delay > options.MaxRetryDelay)
            {
                return failure with
                {
                    Error = string.Create(CultureInfo.InvariantCulture, $"{failure.Error} (Retry-After {delay.TotalSeconds:0.#} s exceeds the {options.MaxRetryDelay.TotalSeconds:0.#} s cap)"),
                };
            }

            LogRetrying(method, url, failure.StatusCode, attempt, delay);
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    /// <summary>The token for this attempt, or the failure to return when there is none or local mode may not send here.</summary>
    private async Task<(string? Token, ConnectorResponse? Failure)> GetTokenAsync(HttpMethod method, Uri url, bool forceRefresh, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await tokenProvider.GetTokenAsync(forceRefresh, cancellationToken);
        }
        catch (ConnectorTokenException exception)
        {
            LogTokenFailed(method, url, exception.Message);
            return (null, Failed(0, "no access token for the connector: " + exception.Message));
        }

        if (token is null && !url.IsLoopback && !options.AllowAnonymousRemoteServiceUrls)
        {
            return (null, Failed(0, $"refusing to send without credentials to '{url.Host}', which is not this machine (local mode only talks to loopback)"));
        }

        return (token, null);
    }

    private async Task<AttemptOutcome> TrySendOnceAsync(HttpMethod method, Uri url, string? token, ReadOnlyMemory<byte> body, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Content = new ReadOnlyMemoryContent(body) { Headers = { ContentType = JsonContentType } };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException || exception is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogTransportError(method, url, attempt, exception.Message);
            return new AttemptOutcome(null, Failed(0, "the connector could not be reached: " + exception.Message), Retryable: true, RetryAfter: null, Unauthorized: false);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await ConnectorResponseBody.ReadAsync(response, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new AttemptOutcome(new ConnectorResponse(Succeeded: true, status, ConnectorResponseBody.ActivityId(text), Error: null), null, Retryable: false, RetryAfter: null, Unauthorized: false);
            }

            var error = ConnectorResponseBody.DescribeError(response, text);
            var correlationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? string.Join(",", values) : null;
            LogSendFailed(method, url, status, error, correlationId ?? "(none)", attempt);
            return new AttemptOutcome(
                null,
                Failed(status, error),
                IsRetryable(response.StatusCode),
                RetryDelay.FromRetryAfter(response, timeProvider.GetUtcNow()),
                response.StatusCode == HttpStatusCode.Unauthorized);
        }
    }

    private static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static ConnectorResponse Failed(int status, string error) => new(Succeeded: false, status, ActivityId: null, error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} {Url} answered {StatusCode} on attempt {Attempt}: {Error} (X-Correlating-OperationId {CorrelationId})")]
    private partial void LogSendFailed(HttpMethod method, Uri url, int statusCode, string error, string correlationId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} {Url} failed in transport on attempt {Attempt}: {Reason}")]
    private partial void LogTransportError(HttpMethod method, Uri url, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrying connector {Method} {Url} after {StatusCode} (attempt {Attempt}) in {Delay}")]
    private partial void LogRetrying(HttpMethod method, Uri url, int statusCode, int attempt, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "No access token for connector {Method} {Url}: {Reason}")]
    private partial void LogTokenFailed(HttpMethod method, Uri url, string reason);

    /// <summary>What one HTTP attempt came to: a final response, or a failure that may be retried.</summary>
    private sealed record AttemptOutcome(ConnectorResponse? Response, ConnectorResponse? Failure, bool Retryable, TimeSpan? RetryAfter, bool Unauthorized);
}
