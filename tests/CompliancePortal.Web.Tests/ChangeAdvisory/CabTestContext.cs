using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.ChangeAdvisory;

/// <summary>
/// The demo organisation's model risk CAB: chair Yuki, members Daniel and Marcus (quorum 2), and an upcoming meeting
/// with Marcus's AML change on its agenda, open for votes — Marcus owns it, so he is recused.
/// </summary>
public abstract class CabTestContext : PortalTestContext
{
    protected const string Board = "model-risk-cab";

    protected async Task<ChangeReviewSummary> DemoAgendaItemAsync() =>
        Assert.Single(await Get<CabQueries>().OpenReviewsAsync(Board), r => r.ModelKey == "aml-transaction-monitoring");

    /// <summary>Someone acting in another browser: the service call a second circuit would make.</summary>
    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, person.Roles.ToHashSet());
    }
}
