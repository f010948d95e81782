using Microsoft.Extensions.Options;

namespace ElectroTutor.BotFramework.Connector;

/// <summary>Lets the host validate <see cref="BotCredentialOptions"/> on start (<c>ValidateOnStart</c>) with the same messages.</summary>
public sealed class BotCredentialOptionsValidator : IValidateOptions<BotCredentialOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BotCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
