namespace ElectroTutor.Tutoring.Storage;

/// <summary>A misconception as often as a class showed it.</summary>
/// <param name="Name">The misconception's name.</param>
/// <param name="Attempts">Attempts it was diagnosed in.</param>
/// <param name="Students">Students who showed it.</param>
public sealed record ClassSummaryMisconception(string Name, int Attempts, int Students);
