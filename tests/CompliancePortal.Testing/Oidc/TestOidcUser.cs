namespace CompliancePortal.Testing.Oidc;

/// <summary>The person <see cref="TestOidcIssuer"/> signs in and puts into its tokens.</summary>
/// <param name="ObjectId">Entra's <c>oid</c>: the stable key an app should use for a person (<c>sub</c> is pairwise and differs per app).</param>
/// <param name="Name">The <c>name</c> claim.</param>
/// <param name="PreferredUsername">The <c>preferred_username</c> claim, which Microsoft.Identity.Web uses as the name claim.</param>
/// <param name="Roles">App roles, issued as the <c>roles</c> array; left out of the token when empty, as Entra does.</param>
/// <param name="TenantId">The <c>tid</c> claim; null for the issuer's own tenant (another one stands for a guest or multi-tenant token).</param>
public sealed record TestOidcUser(string ObjectId, string Name, string PreferredUsername, IReadOnlyList<string> Roles, string? TenantId = null);
