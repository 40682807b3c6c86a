namespace CompliancePortal.Core.AuditPacks;

/// <summary>A pack as listed and polled: scope, who asked, progress, and once ready its hash, size and signer.</summary>
public sealed record AuditPackView(
    Guid Id,
    string ModelKey,
    string? Version,
    DateOnly? EventsFrom,
    DateOnly? EventsTo,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    AuditPackStatus Status,
    int StepsDone,
    int StepsTotal,
    string? CurrentStep,
    DateTimeOffset? CompletedAt,
    string? Error,
    string? Sha256,
    long? SizeBytes,
    int? PageCount,
    string? ManifestSha256,
    string? SignedBy)
{
    public int Percent => Status == AuditPackStatus.Ready ? 100 : StepsTotal == 0 ? 0 : 100 * StepsDone / StepsTotal;

    public string FileName => $"audit-pack-{ModelKey}{(Version is null ? "" : "-" + Version)}-{RequestedAt.UtcDateTime:yyyyMMdd-HHmmss}.pdf";

    internal static AuditPackView From(AuditPack p) => new(p.Id, p.ModelKey, p.VersionLabel, p.EventsFrom, p.EventsTo, p.RequestedByName,
        p.RequestedAt, p.Status, p.StepsDone, p.StepsTotal, p.CurrentStep, p.CompletedAt, p.Error, p.Sha256, p.SizeBytes, p.PageCount,
        p.ManifestSha256, p.SignedBy);
}
