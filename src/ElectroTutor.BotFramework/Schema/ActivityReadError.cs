namespace ElectroTutor.BotFramework.Schema;

/// <summary>Why a request body could not be read as an <see cref="Activity"/>.</summary>
public enum ActivityReadError
{
    /// <summary>The body was read successfully.</summary>
    None = 0,

    /// <summary>The body was empty or only whitespace.</summary>
    Empty,

    /// <summary>The body is not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The body is not well-formed JSON.</summary>
    MalformedJson,

    /// <summary>Objects and arrays are nested deeper than <see cref="BotJsonContext.MaxDepth"/>.</summary>
    TooDeep,

    /// <summary>The JSON is well formed but its top level is not an object.</summary>
    NotAnObject,

    /// <summary>A known field holds the wrong kind of JSON value (e.g. a number where text belongs).</summary>
    WrongFieldType,

    /// <summary>The activity has no <c>type</c>.</summary>
    MissingType,
}
