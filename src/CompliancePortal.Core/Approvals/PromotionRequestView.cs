using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Approvals;

/// <summary>A request with its frozen evidence, the evidence as it is now, and every signature.</summary>
public sealed record PromotionRequestView(
    Guid Id,
    string ModelKey,
    string ModelName,
    string VersionLabel,
    PromotionKind Kind,
    PromotionState State,
    ModelStage TargetStage,
    ModelStage PreviousVersionStage,
    Guid RequestedById,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string Rationale,
    ChangeClass ChangeClass,
    RiskTier RiskTier,
    int RequiredApprovals,
    int CountedApprovals,
    EvidenceSnapshot Evidence,
    EvidenceSnapshot? CurrentEvidence,
    bool EvidenceChangedSinceRequest,
    IReadOnlyList<SignatureView> Signatures,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? PromotedAt,
    double? ElapsedSeconds,
    Guid ModelOwnerId,
    Guid? ModelBackupOwnerId,
    string? CabFollowUp,
    string? EndedBecause,
    Guid? CabReviewId);
