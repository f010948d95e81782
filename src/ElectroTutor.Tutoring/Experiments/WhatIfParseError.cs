namespace ElectroTutor.Tutoring.Experiments;

/// <summary>What a learner should read when a what-if text could not be turned into a request.</summary>
/// <param name="Kind">Why.</param>
/// <param name="Message">One or two calm sentences: what was not understood or allowed, and the allowed range.</param>
/// <param name="Examples">Phrasings that do work, to show beneath the message.</param>
public sealed record WhatIfParseError(WhatIfParseErrorKind Kind, string Message, IReadOnlyList<string> Examples)
{
    /// <summary>The message followed by the examples, one per line, ready for a plain-text channel.</summary>
    public string Text => $"{Message}\nTry for example:\n{string.Join('\n', Examples.Select(e => "  simulate " + e))}";
}
