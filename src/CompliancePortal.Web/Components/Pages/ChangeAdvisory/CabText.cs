using CompliancePortal.Core.ChangeAdvisory;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>How reviews, votes and decisions read to a person, and their colours.</summary>
internal static class CabText
{
    public static string State(ChangeReviewState state) => state switch
    {
        ChangeReviewState.AwaitingAssessment => "Awaiting risk assessment",
        ChangeReviewState.ReadyForAgenda => "Ready for an agenda",
        ChangeReviewState.OnAgenda => "On the agenda",
        ChangeReviewState.Approved => "Approved",
        ChangeReviewState.ApprovedWithConditions => "Approved with conditions",
        ChangeReviewState.Rejected => "Rejected",
        _ => state.ToString(),
    };

    public static Color StateColor(ChangeReviewState state) => state switch
    {
        ChangeReviewState.Approved => Color.Success,
        ChangeReviewState.ApprovedWithConditions => Color.Success,
        ChangeReviewState.Rejected => Color.Error,
        ChangeReviewState.OnAgenda => Color.Info,
        _ => Color.Warning,
    };

    public static string Choice(CabChoice choice) => CabWords.Choice(choice);

    public static Color ChoiceColor(CabChoice choice) => choice switch
    {
        CabChoice.Approve or CabChoice.ApproveWithConditions => Color.Success,
        CabChoice.Reject => Color.Error,
        _ => Color.Default,
    };

    public static string Outcome(CabOutcome outcome) => CabWords.Outcome(outcome);

    public static string Source(ChangeReviewSource source) => source switch
    {
        ChangeReviewSource.MajorChange => "Major change (opened by its promotion request)",
        ChangeReviewSource.RollbackFollowUp => "Rollback follow-up",
        ChangeReviewSource.OwnerRequested => "Asked for by the owner",
        _ => source.ToString(),
    };

    public static string Risk(RiskLevel? level) => level?.ToString() ?? "Not assessed";

    public static Color RiskColor(RiskLevel? level) => level switch
    {
        RiskLevel.Low => Color.Success,
        RiskLevel.Moderate => Color.Warning,
        RiskLevel.High => Color.Error,
        _ => Color.Default,
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'");
}
