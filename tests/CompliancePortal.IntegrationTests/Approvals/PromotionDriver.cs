using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.IntegrationTests.Evaluation;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.IntegrationTests.Approvals;

/// <summary>
/// Sets up models whose versions pass every gate, over the API as an owner and a harness would, and signs requests
/// through the service as the portal's signature dialog does (signatures have no API: they need a fresh authentication).
/// </summary>
public sealed class PromotionDriver(PortalHost host)
{
    public const string CompleteCard = """
        # Integration test model

        ## Purpose and intended use

        Scores loan applications for the probability of default within twelve months, for use by credit officers only.

        ## Training data

        Trained on the card authorisations dataset version of October 2026, with confirmed labels joined after ninety days.

        ## Evaluation

        Evaluated against the holdout golden set with accuracy and log loss thresholds agreed with model validation.

        ## Known limitations

        Performs worse for applicants with thin credit files and must not be used for small business lending decisions.

        ## Fairness analysis

        Approval rates were compared across age bands and regions; no difference beyond the agreed tolerance was found.
        """;

    public PortalHost Host => host;

    public Task<HttpClient> ClientAsync(string email) => host.ClientForAsync(email);

    public PromotionService Promotions => host.Factory.Services.GetRequiredService<PromotionService>();

    public NotificationService Notifications => host.Factory.Services.GetRequiredService<NotificationService>();

    /// <summary>A new model owned by Olivia with its golden set and a Major first version 1.0.0.</summary>
    public async Task<string> NewModelAsync(string riskTier = "Low", string? backupOwner = null)
    {
        var olivia = await ClientAsync(PortalClients.Olivia);
        var key = Unique.Key("promo");
        var body = Requests.Model(key);
        body["riskTier"] = riskTier;
        if (backupOwner is not null)
        {
            body["backupOwner"] = backupOwner;
        }
        await (await olivia.PostAsJsonAsync("/api/v1/models", body)).ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync(GoldenSetRequests.GoldenSetsUrl(key), GoldenSetRequests.Definition())).ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsync(GoldenSetRequests.VersionsUrl(key), GoldenSetRequests.CsvContent(GoldenSetRequests.Csv))).ExpectAsync(HttpStatusCode.Created);
        await RegisterAsync(key, "1.0.0", "Major");
        return key;
    }

    public async Task RegisterAsync(string key, string label, string changeClass = "Minor", string? artifactUri = null, string? artifactSha256 = null)
    {
        var body = Requests.Version(label, changeClass);
        if (artifactUri is not null)
        {
            body["artifactUri"] = artifactUri;
            body["artifactSha256"] = artifactSha256;
        }
        var olivia = await ClientAsync(PortalClients.Olivia);
        await (await olivia.PostAsJsonAsync($"/api/v1/models/{key}/versions", body)).ExpectAsync(HttpStatusCode.Created);
    }

    /// <summary>Complete card, a recent passing evaluation, drift thresholds and a reproducibility check.</summary>
    public async Task MakeReadyAsync(string key, string label)
    {
        await SaveCardAsync(key, label, CompleteCard);
        await PostEvaluationAsync(key, label);
        await (await DefineDriftAsync(key, label)).ExpectAsync(HttpStatusCode.OK);
        var olivia = await ClientAsync(PortalClients.Olivia);
        var check = await (await olivia.PostAsync($"/api/v1/models/{key}/versions/{label}/reproducibility-checks", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.True(check.GetProperty("passed").GetBoolean());
    }

    public async Task SaveCardAsync(string key, string label, string markdown)
    {
        var olivia = await ClientAsync(PortalClients.Olivia);
        await (await olivia.PutAsync($"/api/v1/models/{key}/versions/{label}/card", new StringContent(markdown, Encoding.UTF8, "text/markdown")))
            .ExpectAsync(HttpStatusCode.OK);
    }

    public async Task PostEvaluationAsync(string key, string label, double accuracy = 0.9)
    {
        var posted = GoldenSetRequests.Posted();
        posted["metrics"] = new JsonObject { ["accuracy"] = accuracy, ["logLoss"] = 0.3 };
        var finished = DateTimeOffset.UtcNow.AddMinutes(-30);
        posted["startedAt"] = finished.AddMinutes(-2).ToString("O");
        posted["finishedAt"] = finished.ToString("O");
        var olivia = await ClientAsync(PortalClients.Olivia);
        await (await olivia.PostAsJsonAsync(GoldenSetRequests.EvaluationsUrl(key, label), posted)).ExpectAsync(HttpStatusCode.Created);
    }

    public async Task<HttpResponseMessage> DefineDriftAsync(string key, string label, int revision = 0, double warning = 0.1, double critical = 0.25,
        string email = PortalClients.Olivia)
    {
        var client = await ClientAsync(email);
        var response = await client.PutAsJsonAsync($"/api/v1/models/{key}/versions/{label}/drift-policy", new JsonObject
        {
            ["thresholds"] = new JsonArray(new JsonObject { ["monitored"] = "x1", ["method"] = "Psi", ["warning"] = warning, ["critical"] = critical }),
            ["revision"] = revision,
        });
        return response;
    }

    public async Task<HttpResponseMessage> RequestAsync(string key, string label, string email = PortalClients.Olivia, string? rationale = "Better calibrated.",
        string? targetStage = null)
    {
        var client = await ClientAsync(email);
        var body = new JsonObject { ["rationale"] = rationale, ["previousVersionStage"] = "Staging" };
        if (targetStage is not null)
        {
            body["targetStage"] = targetStage;
        }
        return await client.PostAsJsonAsync($"/api/v1/models/{key}/versions/{label}/promotion-requests", body);
    }

    public async Task<Guid> RequestedAsync(string key, string label) =>
        (await (await RequestAsync(key, label)).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public async Task<HttpResponseMessage> RollbackAsync(string key, string label, string email = PortalClients.Olivia)
    {
        var client = await ClientAsync(email);
        return await client.PostAsJsonAsync($"/api/v1/models/{key}/rollback-requests",
            new JsonObject { ["version"] = label, ["rationale"] = "The new version misbehaves in production." });
    }

    /// <summary>The person as the portal sees them when signed in, optionally with other roles than their demo ones.</summary>
    public async Task<(Actor Actor, string Email)> PersonAsync(string email, params string[] roles)
    {
        var person = await host.Factory.Services.GetRequiredService<PersonDirectory>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No demo person {email}.");
        var demoRoles = PersonRoles(email);
        return (new Actor(person.Id, person.DisplayName, (roles.Length > 0 ? roles : demoRoles).ToHashSet()), email);
    }

    public async Task<SignOutcome> SignAsync(string email, Guid requestId, SignatureDecision decision = SignatureDecision.Approve, string? comment = null,
        string? confirmedEmail = null, params string[] roles)
    {
        var (actor, _) = await PersonAsync(email, roles);
        return await Promotions.SignAsync(actor, requestId, decision, comment, SigningAuthentication.Confirmed(confirmedEmail ?? email));
    }

    public async Task<HttpResponseMessage> ProductionAsync(string key) =>
        await (await ClientAsync(PortalClients.Grace)).GetAsync($"/api/v1/models/{key}/production");

    public async Task<JsonElement> GetAsync(string url) =>
        await (await (await ClientAsync(PortalClients.Grace)).GetAsync(url)).ExpectAsync(HttpStatusCode.OK);

    /// <summary>A Low-risk model with 1.1.0 (Minor) in production, promoted through a request and one approval.</summary>
    public async Task<string> ModelInProductionAsync(string label = "1.1.0")
    {
        var key = await NewModelAsync();
        await RegisterAsync(key, label);
        await MakeReadyAsync(key, label);
        var outcome = await SignAsync(PortalClients.Priya, await RequestedAsync(key, label));
        Assert.True(outcome.ReadyToPromote);
        return key;
    }

    private static string[] PersonRoles(string email) => email switch
    {
        PortalClients.Olivia or PortalClients.Sofia => [PortalRoles.ModelOwner],
        PortalClients.Marcus => [PortalRoles.ModelOwner, PortalRoles.CabMember],
        PortalClients.Priya => [PortalRoles.ComplianceOfficer],
        "daniel.okafor@contoso.example" => [PortalRoles.ComplianceOfficer, PortalRoles.CabMember],
        PortalClients.Grace => [PortalRoles.Manager],
        PortalClients.Henrik => [PortalRoles.Auditor],
        PortalClients.Alex => [PortalRoles.Administrator],
        _ => [],
    };
}
