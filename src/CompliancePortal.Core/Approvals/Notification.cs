namespace CompliancePortal.Core.Approvals;

/// <summary>An in-app message for one person (a decision on their request, a request to review), shown under the bell.</summary>
public sealed class Notification
{
    private Notification() { }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>A portal path to open, e.g. the request page.</summary>
    public string Link { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification To(Guid recipientId, string text, string link, DateTimeOffset at) =>
        new() { Id = Guid.CreateVersion7(at), RecipientId = recipientId, Text = text, Link = link, CreatedAt = at };

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
