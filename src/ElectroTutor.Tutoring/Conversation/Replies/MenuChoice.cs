namespace ElectroTutor.Tutoring.Conversation.Replies;

/// <summary>A button in a menu: pressing it sends <paramref name="Command"/> as if typed.</summary>
/// <param name="Title">The button's label.</param>
/// <param name="Command">The text sent when it is pressed.</param>
public sealed record MenuChoice(string Title, string Command);
