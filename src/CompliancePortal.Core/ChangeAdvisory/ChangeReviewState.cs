namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>Where a change review stands.</summary>
public enum ChangeReviewState
{
    /// <summary>Waiting for the requester's risk assessment.</summary>
    AwaitingAssessment,

    /// <summary>Assessed and waiting for the chair to put it on an agenda.</summary>
    ReadyForAgenda,

    /// <summary>On a meeting's agenda; members vote.</summary>
    OnAgenda,

    Approved,

    ApprovedWithConditions,

    Rejected,
}
