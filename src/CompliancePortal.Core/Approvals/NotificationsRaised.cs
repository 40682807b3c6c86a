namespace CompliancePortal.Core.Approvals;

/// <summary>
/// Published on <see cref="Common.LiveUpdates"/> when people have new notifications, after the change that made them
/// committed; open bells of those people re-read theirs. Other instances' bells pick them up on their next poll.
/// </summary>
public sealed record NotificationsRaised(IReadOnlyCollection<Guid> Recipients);
