using Microsoft.AspNetCore.Routing;

namespace ElectroTutor.BotFramework.DirectLine;

/// <summary>The two route groups of the local Direct Line, for adding conventions (e.g. rate limits) to either.</summary>
/// <param name="Client">The Direct Line 3.0 client routes (default <c>/v3/directline</c>).</param>
/// <param name="Connector">The bot-facing Connector routes, <c>/v3/conversations</c>.</param>
public sealed record LocalDirectLineEndpoints(RouteGroupBuilder Client, RouteGroupBuilder Connector);
