using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Web.Tests.Approvals;

/// <summary>
/// Prepares promotion evidence through the real services, as the owner and a harness would, on credit-default-pd 2.1.0
/// (Critical risk, a Minor change): two approvals needed, no CAB decision.
/// </summary>
public abstract class ApprovalsTestContext : PortalTestContext
{
    protected const string Model = "credit-default-pd";
    protected const string Version = "2.1.0";
    protected const string Daniel = "daniel.okafor@contoso.example";

    protected ApprovalsTestContext()
    {
        // The development sign-in's proof: the signer re-enters their e-mail.
        Services.AddSingleton(new SigningPolicy(SigningMethod.ConfirmedIdentity));
        Services.AddSingleton<IArtifactProbe, PinnedProbe>();
    }

    protected async Task<Actor> ActorAsync(string email)
    {
        await using var db = await OpenDatabaseAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    /// <summary>Complete card, a passing evaluation, drift thresholds and a passed reproducibility check.</summary>
    protected async Task MakeReadyAsync(string label = Version)
    {
        var olivia = await ActorAsync(DemoPeople.Olivia);
        var revision = await Get<ModelCardService>().StartAsync(olivia, Model, label, copyPreviousVersion: false);
        await Get<ModelCardService>().SaveAsync(olivia, Model, label, CardTexts.Complete(), null, revision);
        if ((await Get<EvaluationQueries>().GoldenSetsAsync(Model)).All(g => g.Name != "holdout"))
        {
            await Get<GoldenSetService>().RegisterAsync(olivia, Model,
                new GoldenSetDefinition("holdout", "defaulted", ["income", "debt_ratio"], [new MetricDefinition(MetricKind.Accuracy, 0.5)]));
            await Get<GoldenSetService>().UploadVersionAsync(olivia, Model, "holdout", "income,debt_ratio,defaulted\n52000,0.31,0\n18000,0.72,1\n61000,0.12,0\n"u8.ToArray());
        }
        var hash = (await Get<EvaluationQueries>().VersionsAsync(Model, "holdout"))[0].ContentHash;
        var finished = DateTimeOffset.UtcNow.AddHours(-1);
        await Get<EvaluationService>().RecordPostedAsync(olivia, Model, label, new PostedEvaluation("holdout", hash,
            new EvaluatorIdentity("credit-eval-harness", "v1.4.2"), new Dictionary<string, double> { ["accuracy"] = 0.9 }, finished.AddMinutes(-2), finished));
        await DefineDriftAsync(label);
        await Get<ReproducibilityService>().CheckAsync(olivia, Model, label);
    }

    protected async Task DefineDriftAsync(string label = Version, double critical = 0.25)
    {
        var olivia = await ActorAsync(DemoPeople.Olivia);
        var current = (await Get<DriftPolicyService>().GetAsync(Model, label))?.Revision ?? 0;
        await Get<DriftPolicyService>().DefineAsync(olivia, Model, label, [new DriftThreshold("income", DriftMethod.Psi, 0.1, critical)], current);
    }

    protected async Task<Guid> RequestAsync(string label = Version) =>
        (await Get<PromotionService>().RequestAsync(await ActorAsync(DemoPeople.Olivia), Model, label,
            new PromotionSubmission(ModelStage.Production, "Better calibrated on thin files.", ModelStage.Staging))).Id;

    protected async Task SignAsync(string email, Guid request) =>
        await Get<PromotionService>().SignAsync(await ActorAsync(email), request, SignatureDecision.Approve, "Reviewed.", SigningAuthentication.Confirmed(email));
}
