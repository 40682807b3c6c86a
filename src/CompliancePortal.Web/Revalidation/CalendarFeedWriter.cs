using CompliancePortal.Core.Revalidation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CompliancePortal.Web.Revalidation;

/// <summary>Writes a person's revalidations as an iCalendar feed: one all-day event per due date.</summary>
public static class CalendarFeedWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="baseUri">The portal's address, which events link back to.</param>
    public static string Write(CalendarFeedContent content, Uri baseUri, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Compliance Portal//Revalidation calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"Revalidations · {content.DisplayName}");
        foreach (var item in content.Items)
        {
            calendar.Events.Add(Event(item, baseUri, now));
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(RevalidationCalendarItem item, Uri baseUri, DateTimeOffset now)
    {
        var due = item.DueAt.UtcDateTime;
        var start = new CalDateTime(due.Year, due.Month, due.Day);
        return new CalendarEvent
        {
            // A model has one revalidation per due date, so model and date name the event across refreshes.
            Uid = $"revalidation-{item.ModelId:N}-{due:yyyyMMdd}@compliance-portal",
            Summary = $"Revalidation due: {item.ModelName}",
            Description = Description(item),
            DtStart = start,
            DtEnd = start.AddDays(1),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Url = new Uri(baseUri, item.ReviewId is { } id ? $"revalidation/reviews/{id}" : $"models/{Uri.EscapeDataString(item.ModelKey)}"),
            Categories = [item.Status.ToString()],
        };
    }

    private static string Description(RevalidationCalendarItem item) =>
        $"{item.ModelKey} ({item.RiskTier} risk), owner {item.OwnerName ?? "unknown"}. Status: {item.Status}"
        + (item.Outcome is { } outcome ? $", outcome {outcome}." : ".");
}
