using CompliancePortal.Core.Common;
using CompliancePortal.Core.ModelCards;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.ModelCards;

/// <summary>Writes cards through the real service, as the signed-in person or as someone else at another desk.</summary>
public abstract class ModelCardTestContext : PortalTestContext
{
    protected const string Model = "credit-default-pd";
    protected const string Version = "2.0.0";

    protected ModelCardService Service => Get<ModelCardService>();

    protected ModelCardQueries Cards => Get<ModelCardQueries>();

    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    protected async Task<int> StartCardAsync(string email, string label = Version) =>
        await Service.StartAsync(await ActorAsync(email), Model, label, copyPreviousVersion: false);

    protected async Task<int> SaveCardAsync(string email, string markdown, int baseRevision, string label = Version) =>
        await Service.SaveAsync(await ActorAsync(email), Model, label, markdown, null, baseRevision);
}
