using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CompliancePortal.BrowserTests.Infrastructure;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CompliancePortal.BrowserTests.Approvals;

/// <summary>
/// The owner requests a promotion, a compliance officer signs it, serving systems see the new version; the owner rolls
/// back, the officer signs again, and serving systems see the old version, with the time from request to switch shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PromotionJourneyTests(ChromiumFixture chromium) : BrowserJourney(chromium)
{
    protected override PortalSettings Settings => base.Settings with { RunJobs = false };

    private const string Csv = "x1,x2,label\n0.1,1.5,0\n0.7,2.5,1\n0.2,1.1,0\n0.9,3.0,1\n";

    private const string Card = """
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

    private readonly string _key = $"journey-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task OwnerRequests_OfficerSigns_ProductionSwitches_ThenRollbackSwitchesBack_WithTheElapsedTimeShown()
    {
        var root = Portal.RootUri;
        await SetUpModelWithOneVersionInProductionAsync();

        // The owner requests the promotion of 1.2.0 from its readiness checklist.
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Page.GotoAsync(new Uri(root, $"/models/{_key}/versions/1.2.0").ToString());
        await Page.WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("readiness-summary")).ToContainTextAsync("Every gate passes");
        await Page.GetByTestId("promotion-rationale").FillAsync("Better calibrated on thin-file applicants.");
        await Page.GetByTestId("promotion-rationale").PressAsync("Tab");
        await ScreenshotAsync("readiness-panel", "promotion-readiness.png");
        await Page.GetByTestId("request-promotion").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/promotions/[0-9a-f-]{36}$"));
        var promotion = Page.Url;
        await Page.SignOutAsync();

        // The compliance officer hears of it under the bell and signs with a fresh confirmation of her identity.
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Priya);
        await Page.GetByTestId("notification-button").ClickAsync();
        var notification = Page.GetByTestId("notification").Filter(new LocatorFilterOptions { HasText = $"{_key} to 1.2.0 requested by Olivia Owens" });
        await notification.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(promotion);
        await SignAsync(promotion, screenshot: "promotion-signature.png");
        Assert.Equal("1.2.0", await ProductionVersionAsync());
        await Page.SignOutAsync();

        // The owner rolls back to 1.1.0 from the model page.
        await Page.SignInAsDemoPersonAsync(root, PortalClients.Olivia);
        await Page.GotoAsync(new Uri(root, $"/models/{_key}").ToString());
        await Page.WaitForInteractiveAsync();
        await Page.Locator("[data-testid='rollback-1.1.0']").ClickAsync();
        await Page.GetByTestId("rollback-rationale").FillAsync("1.2.0 rejects too many good applicants in production.");
        await Page.GetByTestId("rollback-rationale").PressAsync("Tab");
        await Page.GetByTestId("request-rollback").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/promotions/[0-9a-f-]{36}$"));
        var rollback = Page.Url;
        Assert.NotEqual(promotion, rollback);
        await Page.SignOutAsync();

        await Page.SignInAsDemoPersonAsync(root, PortalClients.Priya);
        await SignAsync(rollback, screenshot: null);
        Assert.Equal("1.1.0", await ProductionVersionAsync());
        await Assertions.Expect(Page.GetByTestId("request-elapsed")).ToHaveTextAsync(new Regex(@"^\d+ (s|min \d+ s)$"));
        await Assertions.Expect(Page.GetByTestId("cab-follow-up")).ToContainTextAsync("review at the next CAB meeting");

        await Page.GotoAsync(new Uri(root, $"/models/{_key}").ToString());
        await Page.WaitForInteractiveAsync();
        await Assertions.Expect(Page.GetByTestId("production-version")).ToContainTextAsync("1.1.0");
        await Assertions.Expect(Page.GetByTestId("production-period")).ToHaveCountAsync(3);
        await Assertions.Expect(Page.GetByTestId("period-elapsed").First).ToHaveTextAsync(new Regex(@"\d+ (s|min \d+ s)"));
        await ScreenshotAsync("production-panel", "production-history.png");
    }

    private async Task SignAsync(string requestUrl, string? screenshot)
    {
        await Page.GotoAsync(requestUrl);
        await Page.WaitForInteractiveAsync();
        await Page.GetByTestId("open-signature").ClickAsync();
        await Page.GetByTestId("signature-comment").FillAsync("Evidence reviewed; gates pass.");
        await Page.GetByTestId("signature-confirmation").FillAsync(PortalClients.Priya);
        await Page.GetByTestId("signature-confirmation").PressAsync("Tab");
        if (screenshot is not null)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(screenshot), FullPage = true });
        }
        await Page.GetByTestId("sign").ClickAsync();
        await Assertions.Expect(Page.GetByTestId("request-state")).ToHaveTextAsync("Promoted");
        await Assertions.Expect(Page.GetByTestId("signature")).ToContainTextAsync("Priya Raman");
    }

    /// <summary>A panel for the guide, without the fixed app bar drawn over it where the page is scrolled.</summary>
    private async Task ScreenshotAsync(string testId, string name)
    {
        await Page.EvaluateAsync("() => document.querySelector('.mud-appbar').style.display = 'none'");
        await Page.GetByTestId(testId).ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot(name) });
        await Page.EvaluateAsync("() => document.querySelector('.mud-appbar').style.display = ''");
    }

    /// <summary>What a serving system reads: no redeployment, only the alias.</summary>
    private async Task<string?> ProductionVersionAsync()
    {
        using var grace = await Portal.ClientForAsync(PortalClients.Grace);
        var response = await grace.GetAsync($"/api/v1/models/{_key}/production");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString();
    }

    /// <summary>
    /// Over the API as the owner's pipeline would: a Low-risk model, 1.0.0 (Major), 1.1.0 and 1.2.0 (Minor) with every
    /// piece of evidence; 1.1.0 promoted through a request and one signature.
    /// </summary>
    private async Task SetUpModelWithOneVersionInProductionAsync()
    {
        using var olivia = await Portal.ClientForAsync(PortalClients.Olivia);
        await ExpectAsync(olivia.PostAsJsonAsync("/api/v1/models", new JsonObject
        {
            ["key"] = _key, ["name"] = "Loan default journey", ["purpose"] = "Scores loan applications in a browser test.",
            ["businessUse"] = "Nothing real: it exists to be promoted.", ["riskTier"] = "Low", ["owner"] = PortalClients.Olivia,
        }));
        await ExpectAsync(olivia.PostAsJsonAsync($"/api/v1/models/{_key}/golden-sets", new JsonObject
        {
            ["name"] = "holdout", ["labelColumn"] = "label", ["featureColumns"] = new JsonArray("x1", "x2"),
            ["metrics"] = new JsonArray(new JsonObject { ["kind"] = "accuracy", ["threshold"] = 0.8 }),
        }));
        await ExpectAsync(olivia.PostAsync($"/api/v1/models/{_key}/golden-sets/holdout/versions", new StringContent(Csv, Encoding.UTF8, "text/csv")));
        foreach (var (label, changeClass) in new[] { ("1.0.0", "Major"), ("1.1.0", "Minor"), ("1.2.0", "Minor") })
        {
            await ExpectAsync(olivia.PostAsJsonAsync($"/api/v1/models/{_key}/versions", Version(label, changeClass)));
        }
        foreach (var label in new[] { "1.1.0", "1.2.0" })
        {
            await ExpectAsync(olivia.PutAsync($"/api/v1/models/{_key}/versions/{label}/card", new StringContent(Card, Encoding.UTF8, "text/markdown")));
            var finished = DateTimeOffset.UtcNow.AddMinutes(-30);
            await ExpectAsync(olivia.PostAsJsonAsync($"/api/v1/models/{_key}/versions/{label}/evaluations", new JsonObject
            {
                ["goldenSet"] = "holdout", ["goldenSetVersion"] = Sha256(Csv),
                ["evaluator"] = new JsonObject { ["name"] = "credit-harness", ["version"] = "4f1c2a9" },
                ["metrics"] = new JsonObject { ["accuracy"] = 0.9 },
                ["startedAt"] = finished.AddMinutes(-2).ToString("O"), ["finishedAt"] = finished.ToString("O"),
            }));
            await ExpectAsync(olivia.PutAsJsonAsync($"/api/v1/models/{_key}/versions/{label}/drift-policy", new JsonObject
            {
                ["thresholds"] = new JsonArray(new JsonObject { ["monitored"] = "x1", ["method"] = "Psi", ["warning"] = 0.1, ["critical"] = 0.25 }),
                ["revision"] = 0,
            }));
            await ExpectAsync(olivia.PostAsync($"/api/v1/models/{_key}/versions/{label}/reproducibility-checks", null));
        }
        var requested = await ExpectAsync(olivia.PostAsJsonAsync($"/api/v1/models/{_key}/versions/1.1.0/promotion-requests",
            new JsonObject { ["rationale"] = "First production version." }));
        var people = Portal.Services.GetRequiredService<PersonDirectory>();
        var priya = (await people.FindByEmailAsync(PortalClients.Priya))!;
        await Portal.Services.GetRequiredService<PromotionService>().SignAsync(
            new Actor(priya.Id, priya.DisplayName, new HashSet<string> { PortalRoles.ComplianceOfficer }), requested.GetProperty("id").GetGuid(),
            SignatureDecision.Approve, "First release.", SigningAuthentication.Confirmed(PortalClients.Priya));
        Assert.Equal("1.1.0", await ProductionVersionAsync());
    }

    private static JsonObject Version(string label, string changeClass) => new()
    {
        ["label"] = label,
        ["artifactUri"] = $"s3://models/journey/{label}/model.onnx",
        ["artifactSha256"] = Sha256($"artifact:{label}"),
        ["codeRepository"] = "https://git.example.com/risk/journey-model.git",
        ["codeCommit"] = Sha256($"commit:{label}")[..40],
        ["environmentLockHash"] = Sha256($"environment:{label}"),
        ["changeClass"] = changeClass,
        ["datasetVersions"] = new JsonArray("card-authorisations@2026-10-31"),
    };

    private static async Task<JsonElement> ExpectAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string Screenshot(string name) => Screenshots.PathFor(name);
}
