namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

internal static class CabPaths
{
    public const string Boards = "/cab";

    public static string Board(string key) => $"/cab/boards/{Uri.EscapeDataString(key)}";

    public static string NewMeeting(string boardKey) => $"{Board(boardKey)}/meetings/new";

    public static string Meeting(Guid id) => $"/cab/meetings/{id}";

    public static string Review(Guid id) => $"/cab/reviews/{id}";

    public static string MinutesMarkdown(Guid meetingId) => $"/api/v1/cab/meetings/{meetingId}/minutes.md";

    public static string MinutesPdf(Guid meetingId) => $"/api/v1/cab/meetings/{meetingId}/minutes.pdf";
}
