namespace ElectroTutor.Tutoring.Bank;

/// <summary>The outcome of loading a bank: the bank when it is sound, and every problem found either way.</summary>
/// <param name="Bank">The bank, or null when any error was found.</param>
/// <param name="Errors">Every problem, located by file and line.</param>
public sealed record QuestionBankLoadResult(QuestionBank? Bank, IReadOnlyList<BankError> Errors);
