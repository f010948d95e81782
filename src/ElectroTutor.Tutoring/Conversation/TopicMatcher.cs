using System.Globalization;
using System.Text;
using ElectroTutor.Tutoring.Concepts;
using ElectroTutor.Tutoring.Skills;

namespace ElectroTutor.Tutoring.Conversation;

/// <summary>
/// Finds the skill a learner means by a topic ("the pump", "Nernst", "T-tubules", "3" for the third topic listed).
/// Words are compared after folding case, superscripts and ion names (K⁺, K+, potassium), and the skill's id and name
/// count more than its description.
/// </summary>
public sealed class TopicMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "or", "on", "in", "to", "for", "about", "by", "with", "from", "is", "are", "how", "what",
        "why", "me", "my", "some", "more", "do", "does", "it", "its", "that", "this", "i", "want", "learn", "please", "topic",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["potassium"] = "k", ["sodium"] = "na", ["calcium"] = "ca", ["chloride"] = "cl",
        ["atpase"] = "pump", ["nak"] = "pump", ["pumps"] = "pump", ["ghk"] = "goldman", ["resting"] = "rest", ["rest"] = "rest",
        ["ap"] = "action", ["spike"] = "action", ["myelin"] = "myelination", ["saltatory"] = "myelination", ["nodes"] = "myelination",
        ["ttubules"] = "t-tubules", ["ttubule"] = "t-tubules", ["t-tubule"] = "t-tubules", ["sr"] = "sarcoplasmic", ["ryr"] = "release",
        ["crossbridge"] = "cross-bridge", ["crossbridges"] = "cross-bridge", ["myosin"] = "cross-bridge", ["actin"] = "cross-bridge",
        ["tetanic"] = "tetanus", ["summation"] = "tetanus", ["refractory"] = "refractory", ["velocity"] = "conduction", ["propagation"] = "conduction",
        ["ttx"] = "toxins", ["tea"] = "toxins", ["ouabain"] = "toxins", ["drug"] = "drugs", ["nmj"] = "neuromuscular", ["endplate"] = "end-plate",
        ["hyperkalemia"] = "disorders", ["hypokalemia"] = "disorders", ["equilibrium"] = "nernst", ["diffusion"] = "concentration",
    };

    private readonly SkillGraph graph;
    private readonly List<(Skill Skill, HashSet<string> Strong, HashSet<string> Weak)> index;

    /// <summary>Indexes the skills of <paramref name="graph"/>.</summary>
    public TopicMatcher(SkillGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        this.graph = graph;
        index = [.. graph.Skills.Select(s => (s, Words($"{s.Id.Replace('-', ' ')} {s.Name}"), Words(s.Description)))];
    }

    /// <summary>The skill meant by <paramref name="topic"/>, or null when nothing matches well enough.</summary>
    public Skill? Match(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var trimmed = topic.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= graph.Skills.Count)
        {
            return graph.Skills[number - 1];
        }

        if (graph.Contains(trimmed.ToLowerInvariant()))
        {
            return graph[trimmed.ToLowerInvariant()];
        }

        var words = Words(trimmed);
        if (words.Count == 0)
        {
            return null;
        }

        var best = index
            .Select(entry => (entry.Skill, Score: words.Sum(w => entry.Strong.Contains(w) ? 3.0 : entry.Weak.Contains(w) ? 1.0 : 0.0) / words.Count))
            .OrderByDescending(e => e.Score)
            .First();
        return best.Score >= 1.0 ? best.Skill : null;
    }

    private static HashSet<string> Words(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in ConceptText.Fold(text))
        {
            folded.Append(char.IsLetterOrDigit(c) || c == '-' ? c : ' ');
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('-');
            if (word.Length == 0 || StopWords.Contains(word))
            {
                continue;
            }

            words.Add(Synonyms.GetValueOrDefault(word, Stem(word)));
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 1 && !StopWords.Contains(p)))
            {
                words.Add(Synonyms.GetValueOrDefault(part, Stem(part)));
            }
        }

        return words;
    }

    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
}
