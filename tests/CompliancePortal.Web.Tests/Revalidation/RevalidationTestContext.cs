using CompliancePortal.Core.Common;
using CompliancePortal.Core.Revalidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.Web.Tests.Revalidation;

/// <summary>
/// The demo organisation seeded on 10 January 2026 on a clock the test moves. Critical- and high-tier models fall due
/// every three months, so from 10 April 2026 credit-default-pd, card-fraud-score and aml-transaction-monitoring are overdue.
/// </summary>
public abstract class RevalidationTestContext : PortalTestContext
{
    protected const string CreditModel = "credit-default-pd";
    protected static readonly DateTimeOffset SeededAt = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    protected static readonly DateTimeOffset FirstDueAt = SeededAt.AddMonths(3);

    protected RevalidationTestContext()
    {
        Services.AddSingleton<TimeProvider>(Clock);
    }

    protected FakeTimeProvider Clock { get; } = new(SeededAt);

    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    /// <summary>Moves the clock past the first due date and lets the revalidation job open the overdue models' reviews.</summary>
    protected async Task<IReadOnlyList<RevalidationReviewView>> OpenOverdueReviewsAsync()
    {
        Clock.SetUtcNow(FirstDueAt.AddDays(2));
        return (await Get<RevalidationService>().OpenDueReviewsAsync(Actor.System, Clock.GetUtcNow())).Opened;
    }

    protected async Task<Guid> CreditReviewIdAsync() => (await OpenOverdueReviewsAsync()).Single(r => r.ModelKey == CreditModel).Id;
}
