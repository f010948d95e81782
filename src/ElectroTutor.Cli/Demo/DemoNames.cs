namespace ElectroTutor.Cli.Demo;

/// <summary>Made-up but plausible student names, the same for the same index, so that a seeded class reads like a real one.</summary>
internal static class DemoNames
{
    private static readonly string[] Given =
    [
        "Ada", "Ben", "Chloé", "Dmitri", "Esther", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Luis", "Maya", "Nils",
        "Olu", "Priya", "Quentin", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Aino", "Bruno",
        "Carmen", "Dara", "Elif", "Felix", "Gita", "Hugo", "Ifeoma", "Jakub", "Kaito", "Lena", "Mateo", "Nadia", "Omar",
    ];

    private static readonly string[] Family =
    [
        "Okafor", "Lindqvist", "Moreau", "Petrov", "Cohen", "Haddad", "Hopper", "Tanaka", "Silva", "Weber", "Adeyemi", "García",
        "Kapoor", "Berg", "Mensah", "Rossi", "Nowak", "Yilmaz", "Chen", "Novak", "Fischer", "Sato", "Dubois", "Kowalski",
        "Nguyen", "Costa", "Ibrahim", "Larsen", "Murphy", "Santos", "Virtanen", "Schmidt", "Ortiz", "Kim", "Ali", "Brown",
    ];

    /// <summary>The name of student <paramref name="index"/> (0-based); names repeat only after a few thousand students.</summary>
    public static string Of(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var given = Given[index % Given.Length];
        var family = Family[(index / Given.Length + (index * 7)) % Family.Length];
        return $"{given} {family}";
    }
}
