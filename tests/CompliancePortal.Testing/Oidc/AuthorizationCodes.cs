using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CompliancePortal.Testing.Oidc;

/// <summary>The codes handed out at the authorize endpoint and not yet redeemed at the token endpoint.</summary>
internal sealed class AuthorizationCodes
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, IssuedCode> codes = new(StringComparer.Ordinal);

    public string Issue(AuthorizeRequest request, TestOidcUser user)
    {
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        codes[code] = new IssuedCode(request, user, DateTimeOffset.UtcNow + CodeLifetime);
        return code;
    }

    // A code is single use: removing it before any check means a replayed code fails too.
    public bool TryRedeem(string code, [NotNullWhen(true)] out IssuedCode? issued) =>
        codes.TryRemove(code, out issued) && issued.ExpiresAt >= DateTimeOffset.UtcNow;
}
