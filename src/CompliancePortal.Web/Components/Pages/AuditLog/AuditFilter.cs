using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Web.Components.Pages.AuditLog;

public sealed class AuditFilter
{
    public string? Actor { get; set; }

    public string? Action { get; set; }

    public string? EntityType { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>Dates are whole UTC days; "to" includes the whole day it names.</summary>
    public AuditQuery ToQuery(int page, int pageSize) => new(Actor, Action, EntityType, null, null,
        From is { } f ? new DateTimeOffset(f.Date, TimeSpan.Zero) : null,
        To is { } t ? new DateTimeOffset(t.Date.AddDays(1), TimeSpan.Zero) : null,
        page, pageSize);
}
