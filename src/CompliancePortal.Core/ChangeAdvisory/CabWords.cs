namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>The one wording of the board's terms, shared by the pages, the minutes, the audit pack and the gate's summary.</summary>
public static class CabWords
{
    /// <summary>"simple majority", "two-thirds", "unanimity" (of the votes cast).</summary>
    public static string Rule(DecisionRule rule) => rule switch
    {
        DecisionRule.TwoThirds => "two-thirds",
        DecisionRule.Unanimity => "unanimity",
        _ => "simple majority",
    };

    public static string Choice(CabChoice choice) => choice switch
    {
        CabChoice.Approve => "Approve",
        CabChoice.ApproveWithConditions => "Approve with conditions",
        CabChoice.Reject => "Reject",
        _ => "Abstain",
    };

    public static string Outcome(CabOutcome outcome) => outcome switch
    {
        CabOutcome.Approved => "Approved",
        CabOutcome.ApprovedWithConditions => "Approved with conditions",
        CabOutcome.Rejected => "Rejected",
        _ => "No quorum",
    };

    /// <summary>Where a review stands, as a phrase inside a sentence ("already has a CAB review (waiting for an agenda)").</summary>
    public static string State(ChangeReviewState state) => state switch
    {
        ChangeReviewState.AwaitingAssessment => "awaiting its risk assessment",
        ChangeReviewState.ReadyForAgenda => "waiting for an agenda",
        ChangeReviewState.OnAgenda => "on an agenda",
        ChangeReviewState.Approved => "approved",
        ChangeReviewState.ApprovedWithConditions => "approved with conditions",
        _ => "rejected",
    };
}
