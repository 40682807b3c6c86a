using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>What to put in a pack: a model (by key), optionally one of its versions, optionally a range of days for the audit events.</summary>
public sealed record AuditPackRequest(string? ModelKey, string? Version = null, DateOnly? From = null, DateOnly? To = null)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .When(string.IsNullOrWhiteSpace(ModelKey), nameof(ModelKey), "Choose the model the audit pack is about.")
        .When(From is { } f && To is { } t && f > t, nameof(To), "The end of the date range must not be before its start.");
}
