using System.Text;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.Predictions;
using CompliancePortal.Testing.Lineage;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.Lineage;

/// <summary>Posts a small pipeline through the real ingestion service: Airflow extract, Spark features, and predictions of a demo version.</summary>
public abstract class LineageTestContext : PortalTestContext
{
    protected const string Model = "credit-default-pd";
    protected const string Version = "2.0.0";
    protected static readonly DateTimeOffset T0 = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    protected static readonly Guid ExtractRun = Guid.Parse("0195a1b2-3c4d-7e5f-8a9b-000000000001");
    protected static readonly Guid FeatureRun = Guid.Parse("0195a1b2-3c4d-7e5f-8a9b-000000000002");

    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    protected async Task PostPipelineAsync()
    {
        var olivia = await ActorAsync(Builders.DemoPeople.Olivia);
        foreach (var e in new[]
        {
            OpenLineageEvents.Airflow("START", ExtractRun, T0, "loans", "bank.public.loan_applications", "raw/loans"),
            OpenLineageEvents.Airflow("COMPLETE", ExtractRun, T0.AddMinutes(7), "loans", "bank.public.loan_applications", "raw/loans"),
            OpenLineageEvents.Spark("START", FeatureRun, ExtractRun, T0.AddMinutes(10), "raw/loans", "features/loans"),
            OpenLineageEvents.Spark("COMPLETE", FeatureRun, ExtractRun, T0.AddMinutes(25), "raw/loans", "features/loans"),
        })
        {
            await Get<LineageIngestion>().ReceiveAsync(olivia, Encoding.UTF8.GetBytes(e.ToJsonString()));
        }
    }

    protected async Task LogPredictionAsync(string id)
    {
        var olivia = await ActorAsync(Builders.DemoPeople.Olivia);
        await Get<PredictionLog>().LogAsync(olivia,
            [new PredictionEntry(id, Model, Version, T0.AddHours(3), Hashes.Sha256Hex(id), [new SourceRecordReference("core-banking-db", null, "application_id=7")])]);
    }

}
