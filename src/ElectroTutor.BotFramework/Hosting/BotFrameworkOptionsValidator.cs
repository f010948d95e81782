using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Hosting;

/// <summary>Refuses to start with settings the endpoint cannot honour.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private const long LargestSensibleBodyBytes = 16 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBytes is <= 0 or > LargestSensibleBodyBytes)
            failures.Add($"BotFramework:MaxRequestBytes must be between 1 and {LargestSensibleBodyBytes}.");
        if (options.TypingDelay <= TimeSpan.Zero)
            failures.Add("BotFramework:TypingDelay must be positive.");
        if (options.TypingInterval <= TimeSpan.Zero)
            failures.Add("BotFramework:TypingInterval must be positive.");
        foreach (var url in options.AllowedServiceUrls)
        {
            if (!ServiceUrlPolicy.IsHttpUrl(url))
                failures.Add($"BotFramework:AllowedServiceUrls holds '{url}', which is not an absolute http or https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
