namespace ElectroTutor.Tutoring.Bank.Loading;

/// <summary>A malformed entry in a bank file; caught per entry so one mistake does not hide the others.</summary>
internal sealed class BankFormatException : FormatException
{
    public BankFormatException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    public BankFormatException()
    {
    }

    public BankFormatException(string message)
        : base(message)
    {
    }

    public BankFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Line { get; }
}
