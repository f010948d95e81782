namespace ElectroTutor.BotFramework.Schema;

/// <summary>A machine-readable code and a short human-readable message.</summary>
/// <param name="Code">A stable code such as <c>BadActivity</c>.</param>
/// <param name="Message">What went wrong, without echoing request data.</param>
public sealed record ErrorDetail(string Code, string Message);
