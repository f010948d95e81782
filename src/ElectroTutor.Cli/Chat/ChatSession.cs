using ElectroTutor.Data;
using ElectroTutor.Tutoring.Conversation;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Cli.Chat;

/// <summary>One terminal conversation: greet (or welcome back), then one turn per line until "stop" or end of input.</summary>
internal sealed class ChatSession(TutorHost host, LearnerKey learner, string displayName, ChatRenderer renderer)
{
    public async Task RunAsync(TextReader input, CancellationToken cancellationToken)
    {
        if (!await TurnAsync(TutorInput.Joined(), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || !await TurnAsync(TutorInput.Message(line), cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>Runs one turn; false when the session should end.</summary>
    private async Task<bool> TurnAsync(TutorInput turnInput, CancellationToken cancellationToken)
    {
        try
        {
            var turn = await host.RunAsync(new TurnRequest(learner, displayName, turnInput, ActivityId: null), cancellationToken).ConfigureAwait(false);
            renderer.Show(turn.Replies, turn.Suggestions);
            if (turn.Fault is { } fault)
            {
                renderer.Problem($"(internal error, logged: {fault.GetType().Name}: {fault.Message})");
            }

            return !turn.EndsSession;
        }
        catch (TutorDatabaseException exception)
        {
            renderer.Problem($"Your last message could not be saved, so it was not counted: {exception.Message} Please try again.");
            return true;
        }
    }
}
