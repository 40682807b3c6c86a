namespace CompliancePortal.Web.Api;

/// <summary>A golden-set version kept outside the portal: where it is, and the SHA-256 of its bytes.</summary>
public sealed record RegisterGoldenSetUriRequest(string? Uri, string? Sha256);
