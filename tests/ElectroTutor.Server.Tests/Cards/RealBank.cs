using ElectroTutor.Data.Content;
using ElectroTutor.Tutoring.Bank;

namespace ElectroTutor.Server.Tests.Cards;

/// <summary>The repository's own question bank (data/), read the way the server reads it.</summary>
internal static class RealBank
{
    private static readonly Lazy<QuestionBank> Loaded = new(Load);

    public static QuestionBank Bank => Loaded.Value;

    private static QuestionBank Load()
    {
        var folder = BankFolder.Find(null) ?? throw new InvalidOperationException("The data/ folder was not found above the test's folder.");
        var result = BankFolder.Load(folder);
        return result.Bank ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Errors));
    }
}
