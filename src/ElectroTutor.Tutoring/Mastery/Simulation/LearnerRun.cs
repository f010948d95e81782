namespace ElectroTutor.Tutoring.Mastery.Simulation;

/// <summary>What happened to one simulated learner under one strategy.</summary>
internal sealed record LearnerRun(int Items, int? ItemsToTrueMastery, int OverPractice, int Declared, int DeclaredNotLearned, int NotLearned);
