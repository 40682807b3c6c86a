namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Tells open bells in this instance that someone has new notifications, after the change that made them committed.
/// Other instances' bells pick them up from the database on their next poll.
/// </summary>
public sealed class NotificationSignal
{
    public event Action<IReadOnlyCollection<Guid>>? Raised;

    public void Raise(IReadOnlyCollection<Guid> recipients)
    {
        if (recipients.Count > 0)
        {
            Raised?.Invoke(recipients);
        }
    }
}
