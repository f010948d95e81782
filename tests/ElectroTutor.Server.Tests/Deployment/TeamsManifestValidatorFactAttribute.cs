namespace ElectroTutor.Server.Tests.Deployment;

/// <summary>A test that runs the node manifest validator; skipped, with the reason, when node or its package is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TeamsManifestValidatorFactAttribute : FactAttribute
{
    public TeamsManifestValidatorFactAttribute()
    {
        if (TeamsManifestValidator.SkipReason is { } reason) Skip = reason;
    }
}
