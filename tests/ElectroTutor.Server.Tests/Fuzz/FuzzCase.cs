namespace ElectroTutor.Server.Tests.Fuzz;

/// <summary>One malformed request body: what it is (for the failure message), its bytes, and its content type.</summary>
internal sealed record FuzzCase(string Name, byte[] Body, string ContentType = "application/json")
{
    public override string ToString() => $"{Name} ({Body.Length} bytes, {ContentType})";
}
