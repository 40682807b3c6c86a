using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>What the chair says of a meeting: a title, when, for how long, and where (a room, a call link, or both).</summary>
public sealed record MeetingDefinition(string? Title, DateTimeOffset StartsAt, int DurationMinutes, string? Location, string? CallLink)
{
    public const int MaxTitleLength = 200;
    public const int MaxLocationLength = 500;

    public ValidationErrors Validate(DateTimeOffset now)
    {
        var title = Title?.Trim() ?? "";
        var link = CallLink?.Trim() ?? "";
        return new ValidationErrors()
            .When(title.Length == 0, nameof(Title), "Give the meeting a title, such as \"Model risk CAB — December\".")
            .When(title.Length > MaxTitleLength, nameof(Title), $"The title can be at most {MaxTitleLength} characters.")
            // An hour's grace lets a chair record an ad-hoc meeting as it begins.
            .When(StartsAt < now.AddHours(-1), nameof(StartsAt), $"The meeting would start in the past ({StartsAt:yyyy-MM-dd HH:mm} UTC); choose a later time.")
            .When(DurationMinutes is < 15 or > 480, nameof(DurationMinutes), "A meeting lasts between 15 minutes and 8 hours.")
            .When(string.IsNullOrWhiteSpace(Location) && link.Length == 0, nameof(Location), "Say where the meeting is: a room, a call link, or both.")
            .When(Location?.Trim().Length > MaxLocationLength, nameof(Location), $"The location can be at most {MaxLocationLength} characters.")
            .When(link.Length > 0 && !IsWebLink(link), nameof(CallLink), "The call link must be an https:// (or http://) address.")
            .When(link.Length > MaxLocationLength, nameof(CallLink), $"The call link can be at most {MaxLocationLength} characters.");
    }

    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host);
}
