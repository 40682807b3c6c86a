using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// One pin of a recorded reproducibility check as the pack shows it: what was expected (the pin registered with the
/// version) and what was found (the SHA-256 the check computed, when it could read the item).
/// </summary>
public sealed record ReproducibilityRow(string Kind, string Reference, ReproducibilityStatus Status, string? Expected, string? Found, string Detail);
