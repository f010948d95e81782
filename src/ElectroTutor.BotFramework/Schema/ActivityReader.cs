using System.Text.Json;
using System.Text.Unicode;

namespace ElectroTutor.BotFramework.Schema;

/// <summary>
/// Turns a request body into an <see cref="Activity"/>, reporting bad input as a value rather than an exception. The body is
/// first checked for UTF-8, JSON syntax and nesting depth so each failure gets its own precise message.
/// </summary>
public static class ActivityReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads one activity from a UTF-8 JSON body (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The raw request body.</param>
    /// <returns>The activity, or which check failed and why.</returns>
    public static ActivityReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Utf8Bom))
            utf8Json = utf8Json[Utf8Bom.Length..];

        if (!Utf8.IsValid(utf8Json))
            return ActivityReadResult.Fail(ActivityReadError.InvalidUtf8, "The body is not valid UTF-8.");

        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
            return ActivityReadResult.Fail(ActivityReadError.Empty, "The body is empty; it must be a JSON activity.");

        var structureProblem = CheckStructure(utf8Json);
        if (structureProblem is not null)
            return structureProblem;

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(utf8Json, BotJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
            return ActivityReadResult.Fail(ActivityReadError.WrongFieldType, $"The field '{path}' holds the wrong kind of JSON value.");
        }

        if (activity is null)
            return ActivityReadResult.Fail(ActivityReadError.NotAnObject, "The body must be a JSON object.");

        if (string.IsNullOrWhiteSpace(activity.Type))
            return ActivityReadResult.Fail(ActivityReadError.MissingType, "The activity has no 'type'.");

        return ActivityReadResult.Success(activity);
    }

    /// <summary>One pass of the reader over the whole body: syntax, depth, and that the top level is an object.</summary>
    private static ActivityReadResult? CheckStructure(ReadOnlySpan<byte> utf8Json)
    {
        // One level more than allowed, so that the too-deep case is ours to report rather than a generic reader error.
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = BotJsonContext.MaxDepth + 1 });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
                return ActivityReadResult.Fail(ActivityReadError.NotAnObject, "The body must be a JSON object.");

            do
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= BotJsonContext.MaxDepth)
                {
                    return ActivityReadResult.Fail(
                        ActivityReadError.TooDeep,
                        $"The JSON nests objects and arrays deeper than {BotJsonContext.MaxDepth} levels.");
                }
            }
            while (reader.Read());
        }
        catch (JsonException exception)
        {
            return ActivityReadResult.Fail(
                ActivityReadError.MalformedJson,
                $"The body is not well-formed JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");
        }

        return null;
    }
}
