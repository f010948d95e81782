using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Mastery;

namespace ElectroTutor.Cli.Mastery;

/// <summary>Writes <c>item-easiness.yaml</c> in the shape the bank loader reads, with a header saying where it came from.</summary>
internal static class ItemEasinessYaml
{
    public static string Write(ItemDifficulty easiness, string source, int learners, int attempts, double priorStrength)
    {
        var text = new StringBuilder();
        text.AppendLine("# Item easiness per template, in log-odds: P(correct) = σ(logit(P from the learner's mastery of the template's skills)");
        text.AppendLine("#   + easiness + the learner's overall ability). Positive = easier than the skills' mastery predicts, negative = harder.");
        text.AppendLine("# attempts: how many logged first tries the value was fitted on (a Gaussian prior pulls values with few attempts to 0).");
        text.AppendLine("#");
        text.AppendLine("# Written by `electrotutor mastery fit --database DB --out data/item-easiness.yaml`; do not hand-tune, refit from logs.");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Fitted on {attempts} first tries of {learners} learner(s) from {source}, prior strength {priorStrength}.");
        text.AppendLine("# A template not listed has easiness 0.");
        var entries = easiness.Offsets.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        if (entries.Count == 0)
        {
            text.AppendLine("items: []");
            return text.ToString();
        }

        text.AppendLine("items:");
        foreach (var (template, offset) in entries)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - template: {template}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    easiness: {Math.Round(offset, 4)}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    attempts: {easiness.Attempts.GetValueOrDefault(template)}");
        }

        return text.ToString();
    }
}
