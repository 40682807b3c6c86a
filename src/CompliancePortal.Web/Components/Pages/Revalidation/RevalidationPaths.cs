using CompliancePortal.Core.Revalidation;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

internal static class RevalidationPaths
{
    public const string Calendar = "/revalidation";

    public static string Review(Guid id) => $"/revalidation/reviews/{id}";

    public static string Model(string key) => $"/models/{Uri.EscapeDataString(key)}";

    /// <summary>An item with a review opens the review; one not yet opened by the job opens its model.</summary>
    public static string Of(RevalidationCalendarItem item) => item.ReviewId is { } id ? Review(id) : Model(item.ModelKey);
}
