namespace ElectroTutor.Tutoring.Experiments;

/// <summary>Why a what-if text gave no request.</summary>
public enum WhatIfParseErrorKind
{
    /// <summary>Nothing to simulate was named ("simulate" alone, "help"): the message lists what can be simulated.</summary>
    Menu,

    /// <summary>Some words were not understood.</summary>
    NotUnderstood,

    /// <summary>A value was understood but lies outside what the models allow; the message gives the range.</summary>
    OutOfRange,

    /// <summary>The changes cannot be combined in one experiment.</summary>
    Conflict,
}
