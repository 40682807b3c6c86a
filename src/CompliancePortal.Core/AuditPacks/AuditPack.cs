using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// A requested audit pack: its scope (a model, or one version of it, and optionally a date range for the audit events),
/// who asked and when, the generation's progress, and once ready the signed PDF's SHA-256. The file itself is an
/// <see cref="AuditPackFile"/>, stored once and served byte for byte.
/// </summary>
public sealed class AuditPack
{
    public const int MaxErrorLength = 2000;

    private AuditPack() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public string ModelKey { get; private set; } = "";

    /// <summary>The version the pack is about; null for the whole model.</summary>
    public string? VersionLabel { get; private set; }

    /// <summary>First day (UTC) of audit events included; null for all.</summary>
    public DateOnly? EventsFrom { get; private set; }

    /// <summary>Last day (UTC, inclusive) of audit events included; null for all.</summary>
    public DateOnly? EventsTo { get; private set; }

    public Guid RequestedById { get; private set; }

    public string RequestedByName { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public AuditPackStatus Status { get; private set; }

    public int StepsDone { get; private set; }

    public int StepsTotal { get; private set; }

    public string? CurrentStep { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Error { get; private set; }

    public string? Sha256 { get; private set; }

    public long? SizeBytes { get; private set; }

    public int? PageCount { get; private set; }

    /// <summary>SHA-256 of the manifest of evidence hashes printed in the pack.</summary>
    public string? ManifestSha256 { get; private set; }

    /// <summary>Subject and thumbprint of the certificate that signed the PDF.</summary>
    public string? SignedBy { get; private set; }

    public int Revision { get; private set; }

    public static AuditPack Request(Guid modelId, string modelKey, string? versionLabel, DateOnly? from, DateOnly? to, Actor requestedBy,
        DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        ModelId = modelId,
        ModelKey = modelKey,
        VersionLabel = versionLabel,
        EventsFrom = from,
        EventsTo = to,
        RequestedById = requestedBy.RequirePerson(),
        RequestedByName = requestedBy.DisplayName,
        RequestedAt = at,
        Status = AuditPackStatus.Queued,
    };

    public void Start(int steps, DateTimeOffset at)
    {
        if (Status != AuditPackStatus.Queued)
        {
            throw new DomainRuleException($"Audit pack {Id} is {Status.ToString().ToLowerInvariant()}, so it cannot be generated again.");
        }
        Status = AuditPackStatus.Generating;
        StepsTotal = steps;
        StepsDone = 0;
        StartedAt = at;
        Revision++;
    }

    public void Advance(string step, int done)
    {
        EnsureGenerating();
        CurrentStep = step;
        StepsDone = Math.Clamp(done, 0, StepsTotal);
        Revision++;
    }

    public void Complete(string sha256, long size, int pages, string manifestSha256, string signedBy, DateTimeOffset at)
    {
        EnsureGenerating();
        Status = AuditPackStatus.Ready;
        StepsDone = StepsTotal;
        CurrentStep = null;
        Sha256 = sha256;
        SizeBytes = size;
        PageCount = pages;
        ManifestSha256 = manifestSha256;
        SignedBy = signedBy;
        CompletedAt = at;
        Revision++;
    }

    public void Fail(string error, DateTimeOffset at)
    {
        if (Status is AuditPackStatus.Ready or AuditPackStatus.Failed)
        {
            throw new DomainRuleException($"Audit pack {Id} is already {Status.ToString().ToLowerInvariant()}.");
        }
        Status = AuditPackStatus.Failed;
        Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        CompletedAt = at;
        Revision++;
    }

    public object Snapshot() => new
    {
        Id, ModelKey, VersionLabel, EventsFrom, EventsTo, RequestedById, RequestedByName, Status = Status.ToString(),
        Sha256, SizeBytes, PageCount, ManifestSha256, SignedBy, Error,
    };

    private void EnsureGenerating()
    {
        if (Status != AuditPackStatus.Generating)
        {
            throw new DomainRuleException($"Audit pack {Id} is not being generated.");
        }
    }
}
