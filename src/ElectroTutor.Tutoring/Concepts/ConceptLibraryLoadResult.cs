using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Tutoring.Concepts;

/// <summary>The outcome of loading concept notes: the library when every note is sound, and every problem either way.</summary>
/// <param name="Library">The library, or null when any error was found.</param>
/// <param name="Errors">Every problem, located by file and line.</param>
public sealed record ConceptLibraryLoadResult(ConceptLibrary? Library, IReadOnlyList<BankError> Errors);
