using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ElectroTutor.Tutoring.Storage;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Reads and writes <see cref="SavedConversation"/>, refusing state written by a newer version or damaged. The
/// learner's skills and correct counts are not written (format 3): they are stored as skill states with every turn
/// (<see cref="StoredSkills"/>), and reading takes them from there.
/// </summary>
public static class TutorStateJson
{
    // The stored shape: the conversation options (text written as itself), with TutorState's per-skill standing left out.
    // Answered turns are written once each and their text reused while kept (StoredTurnJsonConverter).
    private static readonly JsonSerializerOptions StorageOptions = CreateStorageOptions();

    /// <summary>The saved conversation as JSON, without its skills and correct counts.</summary>
    public static string Write(SavedConversation saved) => JsonSerializer.Serialize(saved, StorageOptions);

    private static JsonSerializerOptions CreateStorageOptions()
    {
        var turnOptions = new JsonSerializerOptions(ConversationJson.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutStoredSkills } },
        };
        turnOptions.MakeReadOnly(populateMissingResolver: true);
        var options = new JsonSerializerOptions(turnOptions)
        {
            Converters = { new StoredTurnJsonConverter((JsonTypeInfo<AnsweredTurn>)turnOptions.GetTypeInfo(typeof(AnsweredTurn))) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>
    /// Reads a saved conversation, upgrading an older format; from format 3 on its skills and correct counts come from
    /// <paramref name="skillStates"/>, the learner's stored skill states (older formats carried their own). Returns
    /// null and says why in <paramref name="problem"/> when the text is not one this version understands;
    /// <paramref name="isFromNewerVersion"/> then tells a newer format (which must not be overwritten) from damage.
    /// </summary>
    public static SavedConversation? TryRead(string json, IReadOnlyList<SkillStateRecord> skillStates, out string? problem, out bool isFromNewerVersion)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(skillStates);
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
            if (problem is not null)
            {
                return null;
            }

            var repaired = Repair(state);
            var restored = new SavedConversation(state.Format >= 3 ? StoredSkills.Restore(repaired, skillStates) : repaired, saved.RecentTurns ?? [])
            {
                OlderActivityIds = saved.OlderActivityIds ?? [],
            };
            return restored.WithOlderTurnsAsIds();
        }
        catch (JsonException exception)
        {
            problem = $"the saved conversation is not valid JSON of the expected shape: {exception.Message}";
            return null;
        }
    }

    /// <summary>
    /// As the other overload, for a reader who needs everything but the skills: those of format 3 state come back
    /// empty.
    /// </summary>
    public static SavedConversation? TryRead(string json, out string? problem, out bool isFromNewerVersion) =>
        TryRead(json, [], out problem, out isFromNewerVersion);

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

    private static void LeaveOutStoredSkills(JsonTypeInfo info)
    {
        if (info.Type != typeof(TutorState))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is MemberInfo { Name: nameof(TutorState.Skills) or nameof(TutorState.CorrectCounts) })
            {
                property.ShouldSerialize = static (_, _) => false;
            }
        }
    }
}
