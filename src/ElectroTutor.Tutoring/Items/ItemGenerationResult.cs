namespace ElectroTutor.Tutoring.Items;

/// <summary>An item, or why the template could not produce one for that seed.</summary>
/// <param name="Item">The item when generation succeeded.</param>
/// <param name="Error">Why it failed, for authors.</param>
public sealed record ItemGenerationResult(Item? Item, string? Error)
{
    /// <summary>True when an item was generated.</summary>
    public bool Succeeded => Item is not null;
}
