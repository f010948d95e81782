using System.Security.Cryptography;

namespace ElectroTutor.BotFramework.Authentication;

/// <summary>One RSA public key from the Bot Connector's key set.</summary>
/// <param name="KeyId">The JWK <c>kid</c> that tokens name in their header.</param>
/// <param name="Parameters">The public modulus and exponent.</param>
/// <param name="Endorsements">
/// The channel ids the key may sign for (the Bot Framework's <c>endorsements</c> extension), or null when the key lists none
/// and so is not limited to particular channels.
/// </param>
internal sealed record SigningKey(string KeyId, RSAParameters Parameters, IReadOnlyList<string>? Endorsements);
