namespace ElectroTutor.Tutoring.Items;

/// <summary>A template that cannot produce an item for a seed; caught by <see cref="ItemGenerator"/> and reported.</summary>
internal sealed class ItemGenerationException : Exception
{
    public ItemGenerationException()
    {
    }

    public ItemGenerationException(string message)
        : base(message)
    {
    }

    public ItemGenerationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
