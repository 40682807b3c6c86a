using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

internal static class RevisionKindDisplay
{
    public static string Describe(this RevisionSummary revision) => revision.Kind switch
    {
        RevisionKind.Started => "Started from the template",
        RevisionKind.CopiedFromPreviousVersion => "Copied from the previous version",
        RevisionKind.Restored when revision.RestoredFrom is { } from => $"Restored revision {from}",
        RevisionKind.Imported => "Imported (Hugging Face)",
        _ => revision.Kind.ToString(),
    };
}
