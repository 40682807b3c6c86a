namespace CompliancePortal.Testing.Oidc;

/// <summary>An authorization code waiting at the token endpoint; the user is captured at consent so a later change of <see cref="TestOidcIssuer.User"/> cannot alter it.</summary>
internal sealed record IssuedCode(AuthorizeRequest Request, TestOidcUser User, DateTimeOffset ExpiresAt);
