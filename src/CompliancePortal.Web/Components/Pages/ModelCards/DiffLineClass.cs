using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

internal static class DiffLineClass
{
    public static string? Of(DiffChange? change) => change switch
    {
        DiffChange.Inserted => "diff-line-ins",
        DiffChange.Deleted => "diff-line-del",
        DiffChange.Modified => "diff-line-mod",
        _ => null,
    };

    public static string Mark(DiffChange change) => change switch
    {
        DiffChange.Inserted => "+",
        DiffChange.Deleted => "−",
        DiffChange.Modified => "~",
        _ => "",
    };
}
