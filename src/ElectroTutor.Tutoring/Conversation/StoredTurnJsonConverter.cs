using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Writes an <see cref="AnsweredTurn"/> of a stored conversation from the JSON it was first written as. The state is
/// stored with every turn and keeps each answered turn's replies for <see cref="SavedConversation.RepliesKept"/> turns,
/// so without this the same replies were serialized three times over; a turn is immutable, so its text never changes.
/// The text is remembered per turn object (by reference, for as long as the object lives), never by value.
/// </summary>
internal sealed class StoredTurnJsonConverter(JsonTypeInfo<AnsweredTurn> turnJson) : JsonConverter<AnsweredTurn>
{
    private readonly ConditionalWeakTable<AnsweredTurn, byte[]> written = [];

    /// <summary>Not used: stored conversations are read without this converter.</summary>
    public override AnsweredTurn Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Stored conversations are read with ConversationJson.Options.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AnsweredTurn value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var json = written.GetValue(value, turn => JsonSerializer.SerializeToUtf8Bytes(turn, turnJson));
        writer.WriteRawValue(json, skipInputValidation: true);
    }
}
