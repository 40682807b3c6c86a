using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Revalidation;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Revalidation;

/// <summary>Revalidation test data; a test states only the values it is about.</summary>
internal static class Revalidations
{
    /// <summary>When a High-risk model registered at <see cref="Build.Now"/> and never revalidated first falls due (three months on).</summary>
    public static readonly DateTimeOffset FirstDue = new(2027, 2, 26, 9, 30, 0, TimeSpan.Zero);

    public static Model Model(string key = "credit-default-pd", RiskTier tier = RiskTier.High, Guid? owner = null, Guid? backupOwner = null) =>
        Core.Models.Model.Create(key, Build.Details(tier, owner, backupOwner), Build.Now);

    /// <summary>The model's schedule, never revalidated, falling due exactly at <paramref name="dueAt"/> (a day every month has).</summary>
    public static RevalidationSchedule DueOn(Model model, DateTimeOffset dueAt) =>
        RevalidationSchedule.For(model, "2.1.0", dueAt.AddMonths(-model.Cadence.Months), null);

    public static RevalidationSchedule DueOn(DateTimeOffset dueAt, string key = "credit-default-pd") => DueOn(Model(key), dueAt);

    public static Actor Owner(Model model) => new(model.OwnerId, "Grace Hopper", new HashSet<string> { PortalRoles.ModelOwner });

    public static Actor Officer() => new(Guid.NewGuid(), "Ada Lovelace", new HashSet<string> { PortalRoles.ComplianceOfficer });

    public static RevalidationReview Open(Model model) => RevalidationReview.Open(RevalidationSchedule.For(model, "2.1.0", null, null), FirstDue);

    /// <summary>Opens the review the schedule calls for and has both signatures put on it at <paramref name="at"/>.</summary>
    public static RevalidationReview SignedOff(Model model, RevalidationSchedule schedule, DateTimeOffset at,
        RevalidationOutcome outcome = RevalidationOutcome.Pass)
    {
        var review = RevalidationReview.Open(schedule, schedule.DueAt);
        review.SignAsOwner(model, Owner(model), RevalidationOutcome.Pass, null, at);
        review.SignAsComplianceOfficer(model, Officer(), outcome, outcome == RevalidationOutcome.Pass ? null : "Recall fell below threshold.", at);
        return review;
    }
}
