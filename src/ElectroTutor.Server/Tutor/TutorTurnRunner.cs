using ElectroTutor.BotFramework.Schema;
using ElectroTutor.Data;
using ElectroTutor.Data.Connection;
using ElectroTutor.Server.Cards;
using ElectroTutor.Server.Charts;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Conversation.Replies;

namespace ElectroTutor.Server.Tutor;

/// <summary>
/// Runs the tutor for one inbound activity, whatever the transport: reads what the learner did, runs and stores the
/// turn, and returns the reply activities, addressed to the conversation. A store failure becomes a polite reply that
/// asks the learner to send again (nothing was acknowledged, so nothing is lost).
/// </summary>
internal sealed partial class TutorTurnRunner(
    TutorHost host, TutorDatabase database, ChartLinks charts, ILogger<TutorTurnRunner> logger, IConfiguration configuration, IHttpContextAccessor http)
{
    private const string StoreUnavailable =
        "I couldn't save that just now, so it hasn't counted yet. Please send it again in a moment.";

    public async Task<IReadOnlyList<Activity>> RunAsync(Activity inbound, CancellationToken cancellationToken)
    {
        if (InboundTurn.From(inbound) is not { } turn)
        {
            return [];
        }

        IReadOnlyList<TutorReply> replies;
        IReadOnlyList<string> suggestions;
        try
        {
            var hosted = await host.RunAsync(new TurnRequest(turn.Learner, turn.DisplayName, turn.Input, inbound.Id), cancellationToken);
            if (hosted.Fault is { } fault)
            {
                LogFault(logger, fault, turn.Learner.ToString());
            }

            if (hosted.StateProblem is { } problem)
            {
                LogStateProblem(logger, turn.Learner.ToString(), problem);
            }

            (replies, suggestions) = (hosted.Replies, hosted.Suggestions);
        }
        catch (Exception exception) when (exception is TutorDatabaseException || database.Explain(exception) is TutorDatabaseException)
        {
            LogStoreFailure(logger, database.Explain(exception), turn.Learner.ToString());
            (replies, suggestions) = ([new TextReply(StoreUnavailable)], []);
        }

        // Only a class summary links to the server's own pages; other turns need not work out where those are.
        var baseUrl = replies.Any(r => r is ClassSummaryReply) ? BaseUrl() : null;
        return [.. charts.Link(ReplyActivities.From(replies, suggestions, baseUrl)).Select(inbound.AddressReply)];
    }

    /// <summary>Where the server's own pages are: <c>ElectroTutor:PublicUrl</c>, else the base of the request being served.</summary>
    private Uri? BaseUrl()
    {
        if (Uri.TryCreate(configuration[ChartLinks.PublicUrlKey], UriKind.Absolute, out var configured))
        {
            return configured;
        }

        return http.HttpContext?.Request is { Host.HasValue: true } request
            ? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/")
            : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The tutor recovered from an internal error in a turn of {Learner}.")]
    private static partial void LogFault(ILogger logger, Exception exception, string learner);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The saved conversation of {Learner} was unusable: {Problem}")]
    private static partial void LogStateProblem(ILogger logger, string learner, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn of {Learner} could not be stored; the learner was asked to send again.")]
    private static partial void LogStoreFailure(ILogger logger, Exception exception, string learner);
}
