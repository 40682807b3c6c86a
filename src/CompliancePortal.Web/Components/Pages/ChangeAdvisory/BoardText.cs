using CompliancePortal.Core.ChangeAdvisory;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>How a board's rules read to a person.</summary>
internal static class BoardText
{
    public static string Rule(DecisionRule rule) => rule switch
    {
        DecisionRule.SimpleMajority => "Simple majority of votes cast",
        DecisionRule.TwoThirds => "Two-thirds of votes cast",
        DecisionRule.Unanimity => "Unanimity of votes cast",
        _ => rule.ToString(),
    };

    public static string Quorum(int quorum) => $"{quorum} member{(quorum == 1 ? "" : "s")} present (abstentions count)";
}
