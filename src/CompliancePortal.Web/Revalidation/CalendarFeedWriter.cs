using CompliancePortal.Core.Revalidation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CompliancePortal.Web.Revalidation;

/// <summary>
/// Writes a person's calendar as an iCalendar feed: one all-day event per revalidation due date, and one timed event
/// per CAB meeting they sit on or have a change at.
/// </summary>
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
        foreach (var meeting in content.Meetings)
        {
            calendar.Events.Add(Event(meeting, baseUri, now));
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

    private static CalendarEvent Event(Core.ChangeAdvisory.MeetingSummary meeting, Uri baseUri, DateTimeOffset now) => new()
    {
        Uid = $"cab-meeting-{meeting.Id:N}@compliance-portal",
        Summary = $"CAB: {meeting.Title}",
        Description = $"{meeting.BoardName}" + (meeting.CallLink is { } link ? $". Call: {link}" : "")
            + (meeting.State == Core.ChangeAdvisory.MeetingState.Closed ? ". Closed; the minutes are on the meeting page." : ""),
        DtStart = new CalDateTime(meeting.StartsAt.UtcDateTime),
        DtEnd = new CalDateTime(meeting.EndsAt.UtcDateTime),
        DtStamp = new CalDateTime(now.UtcDateTime),
        Location = meeting.Location ?? meeting.CallLink,
        Url = new Uri(baseUri, $"cab/meetings/{meeting.Id}"),
        Categories = ["CAB meeting"],
    };

    private static string Description(RevalidationCalendarItem item) =>
        $"{item.ModelKey} ({item.RiskTier} risk), owner {item.OwnerName ?? "unknown"}. Status: {item.Status}"
        + (item.Outcome is { } outcome ? $", outcome {outcome}." : ".");
}
