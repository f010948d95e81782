using System.Security.Cryptography;

namespace ElectroTutor.Server.Charts;

/// <summary>
/// Keeps recent simulation charts in memory so channels that need an image URL (Teams accepts only HTTPS image
/// links, not inline data) can fetch them from <c>/charts/{id}.png</c>. Bounded: the oldest chart goes first.
/// </summary>
internal sealed class ChartImageStore
{
    /// <summary>How many charts are kept.</summary>
    public const int Capacity = 500;

    private readonly Dictionary<string, byte[]> images = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    /// <summary>Stores a PNG and returns its id (32 hex digits, unguessable).</summary>
    public string Add(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        lock (gate)
        {
            images[id] = png;
            order.Enqueue(id);
            while (order.Count > Capacity)
            {
                images.Remove(order.Dequeue());
            }
        }

        return id;
    }

    /// <summary>The PNG stored under <paramref name="id"/>, if it is still kept.</summary>
    public bool TryGet(string id, out byte[] png)
    {
        lock (gate)
        {
            return images.TryGetValue(id, out png!);
        }
    }
}
