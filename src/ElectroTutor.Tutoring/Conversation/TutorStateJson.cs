using System.Text.Json;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>Reads and writes <see cref="SavedConversation"/>, refusing state written by a newer version or damaged.</summary>
public static class TutorStateJson
{
    /// <summary>The saved conversation as JSON.</summary>
    public static string Write(SavedConversation saved) => JsonSerializer.Serialize(saved, ConversationJson.Options);

    /// <summary>
    /// Reads a saved conversation, upgrading an older format. Returns null and says why in <paramref name="problem"/> when the text is not one this
    /// version understands; <paramref name="isFromNewerVersion"/> then tells a newer format (which must not be
    /// overwritten) from damage.
    /// </summary>
    public static SavedConversation? TryRead(string json, out string? problem, out bool isFromNewerVersion)
    {
        ArgumentNullException.ThrowIfNull(json);
        isFromNewerVersion = false;
        try
        {
            var saved = JsonSerializer.Deserialize<SavedConversation>(json, ConversationJson.Options);
            if (saved?.State is not { } state)
            {
                problem = "the saved conversation has no state.";
                return null;
            }

            isFromNewerVersion = state.Format > TutorState.CurrentFormat;
            problem = state.Format switch
            {
                > TutorState.CurrentFormat => $"the saved conversation has format {state.Format}, newer than this version understands ({TutorState.CurrentFormat}).",
                < 1 => $"the saved conversation has an invalid format number {state.Format}.",
                _ => null,
            };
            return problem is null ? new SavedConversation(Repair(state), saved.RecentTurns ?? []) : null;
        }
        catch (JsonException exception)
        {
            problem = $"the saved conversation is not valid JSON of the expected shape: {exception.Message}";
            return null;
        }
    }

    // Collections missing from older or hand-edited JSON come back as null from the serializer; make them empty.
    // Older formats are upgraded on read: format 1 lacked the learner ability, which then starts at 0.
    private static TutorState Repair(TutorState state) => state with
    {
        Format = TutorState.CurrentFormat,
        LearnerAbility = double.IsFinite(state.LearnerAbility) ? state.LearnerAbility : 0,
        Skills = state.Skills ?? TutorState.New.Skills,
        CorrectCounts = state.CorrectCounts ?? TutorState.New.CorrectCounts,
        RecentSkills = state.RecentSkills ?? [],
        RecentTemplates = state.RecentTemplates ?? [],
        Streak = state.Streak ?? LearningStreak.None,
        Classes = state.Classes ?? [],
    };
}
