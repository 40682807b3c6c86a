using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// When a model next falls due for revalidation. It is derived, never edited: the due date is the last completed
/// sign-off (or, for a model never revalidated, its first promotion to Production, else its registration) plus the
/// cadence in calendar months. Because it is always computed from the last sign-off, a cadence change — an override or
/// a new risk tier — moves the due date without drifting from the evidence it rests on.
/// </summary>
public sealed record RevalidationSchedule(
    Guid ModelId,
    string ModelKey,
    string ModelName,
    RiskTier RiskTier,
    Guid OwnerId,
    string? OwnerName,
    Guid? BackupOwnerId,
    RevalidationCadence Cadence,
    string? ProductionVersionLabel,
    DateTimeOffset BaselineAt,
    DateTimeOffset? LastSignedOffAt)
{
    public const int DefaultDueSoonDays = 14;

    /// <summary>The instant the revalidation falls due; from this instant on it is overdue until signed off.</summary>
    public DateTimeOffset DueAt => DueAfter(LastSignedOffAt ?? BaselineAt, Cadence.Months);

    /// <param name="productionVersionLabel">The version in Production now, if any: the one a review revalidates.</param>
    /// <param name="firstProductionAt">When a version of the model first reached Production; null if none ever did.</param>
    /// <param name="lastSignedOffAt">When the last revalidation review was signed off; null if never revalidated.</param>
    public static RevalidationSchedule For(Model model, string? productionVersionLabel, DateTimeOffset? firstProductionAt,
        DateTimeOffset? lastSignedOffAt) =>
        new(model.Id, model.Key, model.Name, model.RiskTier, model.OwnerId, model.Owner?.DisplayName, model.BackupOwnerId,
            model.Cadence, productionVersionLabel, firstProductionAt ?? model.CreatedAt, lastSignedOffAt);

    /// <summary>
    /// Calendar months, kept in UTC so the result does not depend on the server's offset. <see cref="DateTimeOffset.AddMonths"/>
    /// clamps to the last day of a shorter month (31 January + 1 month is 28 or 29 February); adding to the sign-off each
    /// time, not to the previous due date, keeps one short month from pulling every later due date earlier.
    /// </summary>
    public static DateTimeOffset DueAfter(DateTimeOffset from, int months) => from.ToUniversalTime().AddMonths(months);

    public RevalidationSchedule WithCadence(RevalidationCadence cadence) => this with { Cadence = cadence };

    public RevalidationSchedule AfterSignOff(DateTimeOffset signedOffAt) => this with { LastSignedOffAt = signedOffAt };

    public bool IsOverdue(DateTimeOffset now) => now >= DueAt;

    /// <summary>Whole UTC calendar days from <paramref name="now"/> to the due date: 0 on the day it falls due, negative once past.</summary>
    public int DaysUntilDue(DateTimeOffset now) => (DueAt.UtcDateTime.Date - now.UtcDateTime.Date).Days;

    /// <summary>Overdue, due within <paramref name="dueSoonDays"/> days (inclusive), or further out. Completion is a review's, not the schedule's.</summary>
    public RevalidationStatus StatusAt(DateTimeOffset now, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        if (IsOverdue(now))
        {
            return RevalidationStatus.Overdue;
        }
        return DueAt - now <= TimeSpan.FromDays(dueSoonDays) ? RevalidationStatus.DueSoon : RevalidationStatus.Upcoming;
    }

    public bool IsOwnedBy(Guid personId) => OwnerId == personId || BackupOwnerId == personId;
}
