using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>What every section of one pack shares: the scope, the chain verification made for it, and the manifest.</summary>
public sealed record AuditPackContext(
    AuditPackView Pack,
    ModelView Model,
    IReadOnlyList<VersionView> Versions,
    ChainVerification Chain,
    DateTimeOffset GeneratedAt,
    AuditPackManifest Manifest)
{
    /// <summary>Start of the audit events' range (inclusive, UTC), if any.</summary>
    public DateTimeOffset? EventsFrom => Pack.EventsFrom is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>End of the audit events' range (exclusive: the day after the last day), if any.</summary>
    public DateTimeOffset? EventsTo => Pack.EventsTo is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    public string ScopeText => Pack.Version is null ? $"model {Model.Key}, all {Versions.Count} versions" : $"model {Model.Key}, version {Pack.Version}";
}
