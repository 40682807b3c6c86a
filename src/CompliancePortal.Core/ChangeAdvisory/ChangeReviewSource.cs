namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>Why a change came before the board.</summary>
public enum ChangeReviewSource
{
    /// <summary>Opened automatically by a promotion request for a Major change.</summary>
    MajorChange,

    /// <summary>Opened automatically after a rollback on the expedited path, for the board to look at afterwards.</summary>
    RollbackFollowUp,

    /// <summary>The model's owner asked for the board's review (typically of a Minor change).</summary>
    OwnerRequested,
}
