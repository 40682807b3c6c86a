using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CompliancePortal.Testing.Oidc;

internal static class OidcHashes
{
    /// <summary>The <c>c_hash</c> / <c>at_hash</c> value: left half of SHA-256 over the ASCII value (OpenID Connect Core 3.3.2.11).</summary>
    public static string LeftHalfSha256(string value)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(value));
        return Base64UrlEncoder.Encode(hash, 0, hash.Length / 2);
    }

    /// <summary>The PKCE S256 transform of a code verifier (RFC 7636 4.2).</summary>
    public static string S256(string codeVerifier) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)));

    /// <summary>
    /// Entra's <c>sub</c> is pairwise (differs per application), so deriving it here keeps app code
    /// from passing tests while keying people on <c>sub</c> instead of <c>oid</c>.
    /// </summary>
    public static string PairwiseSubject(string objectId, string audience) =>
        Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes($"{objectId}|{audience}")));
}
