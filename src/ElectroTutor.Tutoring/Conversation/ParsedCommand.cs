namespace ElectroTutor.Tutoring.Conversation;

/// <summary>A recognised command and its argument (the topic, the code, the name…), or <see cref="CommandKind.None"/>.</summary>
/// <param name="Kind">The command.</param>
/// <param name="Argument">Its argument as typed, trimmed; empty when it has none.</param>
public sealed record ParsedCommand(CommandKind Kind, string Argument);
