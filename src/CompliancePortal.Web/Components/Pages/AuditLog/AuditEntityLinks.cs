using System.Text.Json;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Web.Components.Pages.AuditLog;

/// <summary>Where the entity an event is about can be seen in the portal, when it has a page.</summary>
public static class AuditEntityLinks
{
    public static string? For(AuditEventView e)
    {
        var model = e.ModelKey is null ? null : Uri.EscapeDataString(e.ModelKey);
        return e.EntityType switch
        {
            "AuditPack" => $"/audit-packs/{e.EntityId}",
            "RevalidationReview" => $"/revalidation/reviews/{e.EntityId}",
            "ModelVersion" when model is not null && Label(e) is { } label => $"/models/{model}/versions/{Uri.EscapeDataString(label)}",
            "GoldenSet" or "GoldenSetVersion" or "EvaluationRun" when model is not null => $"/models/{model}/golden-sets",
            "SourceSystem" or "Dataset" or "DatasetVersion" => "/lineage",
            "ApiToken" => "/account/tokens",
            _ when model is not null => $"/models/{model}",
            _ => null,
        };
    }

    private static string? Label(AuditEventView e)
    {
        foreach (var snapshot in new[] { e.After, e.Before })
        {
            if (string.IsNullOrEmpty(snapshot))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(snapshot);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("label", out var label)
                    && label.ValueKind == JsonValueKind.String)
                {
                    return label.GetString();
                }
            }
            catch (JsonException)
            {
                // Not JSON: no label to link by.
            }
        }
        return null;
    }
}
