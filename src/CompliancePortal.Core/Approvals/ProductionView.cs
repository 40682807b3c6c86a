namespace CompliancePortal.Core.Approvals;

/// <summary>What a serving system needs to run the production version, and who approved it.</summary>
public sealed record ProductionView(
    string ModelKey,
    string Version,
    string ArtifactUri,
    string ArtifactSha256,
    DateTimeOffset Since,
    Guid PromotionRequestId,
    PromotionKind PromotedBy,
    IReadOnlyList<string> ApprovedBy);
