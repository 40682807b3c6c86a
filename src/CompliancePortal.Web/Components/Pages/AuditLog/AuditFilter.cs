using System.Globalization;
using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Web.Components.Pages.AuditLog;

public sealed class AuditFilter
{
    public string? Actor { get; set; }

    public string? Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    public string? ModelKey { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }

    /// <summary>Dates are whole UTC days; "to" includes the whole day it names.</summary>
    public AuditQuery ToQuery(int page, int pageSize) => new(Actor, Action, EntityType, EntityId, ModelKey, FromInstant, ToInstant, page, pageSize);

    /// <summary>The same filter as the query string of the audit API, for exports.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }
        Add("actor", Actor);
        Add("action", Action);
        Add("entityType", EntityType);
        Add("entityId", EntityId);
        Add("model", ModelKey);
        Add("from", FromInstant?.ToString("O", CultureInfo.InvariantCulture));
        Add("to", ToInstant?.ToString("O", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private DateTimeOffset? FromInstant => From is { } f ? new DateTimeOffset(f.Date, TimeSpan.Zero) : null;

    private DateTimeOffset? ToInstant => To is { } t ? new DateTimeOffset(t.Date.AddDays(1), TimeSpan.Zero) : null;
}
