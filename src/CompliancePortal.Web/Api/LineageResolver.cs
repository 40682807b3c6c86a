using CompliancePortal.Core.Lineage;

namespace CompliancePortal.Web.Api;

/// <summary>Resolves <c>dataset-key@label</c> references for version registration.</summary>
public sealed class LineageResolver(LineageCatalog catalog)
{
    public Task<IReadOnlyList<Guid>> ResolveAsync(IReadOnlyList<string> references, CancellationToken ct) =>
        references.Count == 0 ? Task.FromResult<IReadOnlyList<Guid>>([]) : catalog.ResolveAsync(references, ct);
}
