using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// One kind of evidence in an audit pack. Each section reads its own evidence, lays it out and adds its hashes to the
/// manifest; a feature that records a new kind of evidence adds (or replaces) a section, and the pack picks it up.
/// </summary>
public interface IAuditPackSection
{
    /// <summary>The chapter title, listed in the contents.</summary>
    string Title { get; }

    /// <summary>The chapter's content below its title.</summary>
    Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct);
}
