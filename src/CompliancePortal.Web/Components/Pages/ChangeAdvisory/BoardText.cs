using CompliancePortal.Core.ChangeAdvisory;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>How a board's rules read to a person.</summary>
internal static class BoardText
{
    public static string Rule(DecisionRule rule)
    {
        var words = CabWords.Rule(rule);
        return $"{char.ToUpperInvariant(words[0])}{words[1..]} of votes cast";
    }

    public static string Quorum(int quorum) => $"{quorum} member{(quorum == 1 ? "" : "s")} present (abstentions count)";
}
