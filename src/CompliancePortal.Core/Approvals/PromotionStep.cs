namespace CompliancePortal.Core.Approvals;

/// <summary>The steps of carrying out a promotion, all inside one transaction.</summary>
public enum PromotionStep
{
    PreviousVersionStepsAside,
    VersionEntersProduction,
    AliasMoved,
    HistoryRecorded,
    RequestCompleted,
}
