using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.Evaluation;

/// <summary>Registers golden sets and records evaluations through the real services, as someone at another desk would.</summary>
public abstract class EvaluationTestContext : PortalTestContext
{
    protected const string Model = "customer-churn-propensity";
    protected const string Version = "1.0.0";
    protected const string GoldenSetName = "holdout-2026";

    /// <summary>A small classification golden set with the columns of <see cref="Definition"/>.</summary>
    protected const string Csv = "income,debt_ratio,defaulted\n52000,0.31,0\n18000,0.72,1\n61000,0.12,0\n";

    protected static GoldenSetDefinition Definition(params MetricDefinition[] metrics) =>
        new(GoldenSetName, "defaulted", ["income", "debt_ratio"],
            metrics.Length > 0 ? metrics : [new(MetricKind.Accuracy, 0.8), new(MetricKind.RocAuc, 0.75)]);

    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    protected async Task RegisterGoldenSetAsync(string email, GoldenSetDefinition? definition = null) =>
        await Get<GoldenSetService>().RegisterAsync(await ActorAsync(email), Model, definition ?? Definition());

    /// <summary>Uploads <paramref name="csv"/> as a new version and returns its SHA-256.</summary>
    protected async Task<string> UploadVersionAsync(string email, string csv = Csv)
    {
        var number = await Get<GoldenSetService>().UploadVersionAsync(await ActorAsync(email), Model, GoldenSetName, System.Text.Encoding.UTF8.GetBytes(csv));
        return (await Get<EvaluationQueries>().VersionAsync(Model, GoldenSetName, number)).ContentHash;
    }

    protected async Task PostEvaluationAsync(string email, string goldenSetHash, DateTimeOffset finishedAt, params (string Metric, double Value)[] metrics) =>
        await Get<EvaluationService>().RecordPostedAsync(await ActorAsync(email), Model, Version, new PostedEvaluation(
            GoldenSetName, goldenSetHash, new EvaluatorIdentity("credit-eval-harness", "v1.4.2"),
            metrics.ToDictionary(m => m.Metric, m => m.Value), finishedAt.AddMinutes(-3), finishedAt));
}
