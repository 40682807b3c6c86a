namespace CompliancePortal.Core.AuditPacks;

/// <summary>One piece of evidence in the pack and the SHA-256 that identifies it.</summary>
public sealed record ManifestEntry(string Section, string Evidence, string Sha256);
