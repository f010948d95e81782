using System.Text;

namespace ElectroTutor.Tutoring.Items;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed forever for a given seed, so an item id (template and seed)
/// always regenerates the same item on any machine and .NET version.
/// </summary>
internal sealed class SeededRandom
{
    private ulong state;

    public SeededRandom(string templateId, long seed)
    {
        // FNV-1a of the template id, mixed with the seed, so two templates with the same seed draw differently.
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(templateId))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        state = hash ^ (ulong)seed;
    }

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, count).</summary>
    public int Next(int count) => (int)(NextUInt64() % (ulong)count);

    /// <summary>Shuffles a list in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
