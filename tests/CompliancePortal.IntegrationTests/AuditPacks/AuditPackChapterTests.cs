using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.AuditPacks.Sections;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage.Trace;
using CompliancePortal.Core.People;
using CompliancePortal.IntegrationTests.Approvals;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Lineage;
using CompliancePortal.Testing.Pdf;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;
using static CompliancePortal.IntegrationTests.Evaluation.GoldenSetRequests;

namespace CompliancePortal.IntegrationTests.AuditPacks;

/// <summary>
/// Audit packs through the API on the real portal with its job server: requested, generated in the background,
/// stored, downloaded byte for byte, signed so that poppler's pdfsig accepts the file and rejects any change to it.
/// The portal's clock is the tests' so a CAB meeting can be held (it cannot be scheduled in the past or closed before it starts).
/// </summary>/// <summary>
/// The evidence chapters of a generated pack, read back from the PDF: the approval trail, drift thresholds, the
/// reproducibility check, lineage and the CAB decision, each with its names, times and hashes, and their manifest entries.
/// The portal's clock is the tests' so a CAB meeting can be held (it cannot be scheduled in the past or closed before it starts).
/// </summary>
public abstract class AuditPackChapterTests(PortalHost host, FakeTimeProvider clock)
{
    [Fact]
    public async Task Generate_ForAVersionWithItsApprovalTrailDriftPolicyCheckAndLineage_ShowsThemAll_AndListsTheirHashesInTheManifest()
    {
        var driver = new PromotionDriver(host);
        var key = await driver.NewModelAsync("High");
        await driver.RegisterAsync(key, "1.1.0");
        await driver.MakeReadyAsync(key, "1.1.0");
        var (extract, training) = await PostLineageAsync(await host.ClientForAsync(PortalClients.Olivia), key, "1.1.0");
        var requestId = await driver.RequestedAsync(key, "1.1.0");
        await driver.SignAsync(PortalClients.Priya, requestId, comment: "Evidence reviewed against the validation report.");
        await (await driver.DefineDriftAsync(key, "1.1.0", revision: 1, warning: 0.12, critical: 0.3)).ExpectAsync(HttpStatusCode.OK);
        await driver.SignAsync(Daniel, requestId, comment: "Tighter thresholds accepted.");
        Assert.True((await driver.SignAsync(PortalClients.Priya, requestId, comment: "Signed again on the new thresholds.")).ReadyToPromote);
        var services = host.Factory.Services;
        var request = await services.GetRequiredService<PromotionQueries>().RequestAsync(requestId);
        var period = Assert.Single(await services.GetRequiredService<PromotionQueries>().HistoryAsync(key));
        var drift = (await services.GetRequiredService<DriftPolicyService>().GetAsync(key, "1.1.0"))!;
        var check = (await services.GetRequiredService<ReproducibilityService>().LatestAsync(key, "1.1.0"))!;
        var lineage = await services.GetRequiredService<LineageTracer>().VersionLineageAsync(key, "1.1.0");
        var priya = await host.ClientForAsync(PortalClients.Priya);

        var id = (await (await priya.PostAsJsonAsync("/api/v1/audit-packs", new { modelKey = key, version = "1.1.0" })).ExpectAsync(HttpStatusCode.Accepted))
            .GetProperty("id").GetString()!;
        await AuditPackDownloads.ReadyAsync(priya, id);
        var bytes = await AuditPackDownloads.PdfAsync(priya, id);

        await File.WriteAllBytesAsync(TestArtifacts.PathFor($"audit-pack-evidence-{GetType().Name}.pdf"), bytes);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => (Words: string.Join(' ', p.GetWords().Select(w => w.Text)), Letters: p.Letters.Select(l => l.Value))).ToList();
        var approvals = Chapter(pages, "Approval trail", "Change advisory board decisions");
        var pins = Chapter(pages, "Version pins and reproducibility", "Model cards");
        var lineageText = Chapter(pages, "Lineage", "Drift thresholds");
        var driftText = Chapter(pages, "Drift thresholds", "Revalidation history");
        var manifest = Chapter(pages, "Manifest and chain verification", null);

        // Approval trail: the request, its frozen evidence, every signature (the invalidated one with why) and the production period.
        AssertShows(approvals, "Requested by", "Olivia Owens", Time(request.RequestedAt), "Rationale", "Better calibrated.", "Target stage", "Production",
            "Change class", "Minor", request.Evidence.Facts.CardContentHash!, request.Evidence.Facts.DriftPolicyHash!, request.Evidence.Fingerprint,
            request.Evidence.Facts.Evaluations.Single().Id.ToString(), request.Evidence.Facts.ReproducibilityCheckId.ToString()!);
        Assert.Equal(3, request.Signatures.Count);
        foreach (var signature in request.Signatures)
        {
            AssertShows(approvals, $"{signature.PrintedName}{Time(signature.SignedAt)}Approve: Approved for production{signature.Comment}" +
                "Identity confirmed in the signature dialog (development sign-in)");
        }
        AssertShows(approvals, $"Priya Raman{Time(request.Signatures[0].SignedAt)}", "INVALIDATED: Evidence changed after this approval: the drift policy changed.",
            $"1.1.0{Time(period.StartedAt)}now (current)",
            $"Daniel Okafor ({Time(request.Signatures[1].SignedAt)}); Priya Raman ({Time(request.Signatures[2].SignedAt)})");

        // Drift thresholds: the current policy, who set it and when, and its stored hash.
        AssertShows(driftText, $"Set by Olivia Owens at {Time(drift.UpdatedAt)} (revision 2)", "x1PSI (population stability index)0.120.3", drift.PolicyHash);

        // Reproducibility: the latest check, item by item, with the pins it was checked against.
        var version = await driver.GetAsync($"/api/v1/models/{key}/versions/1.1.0");
        AssertShows(pins, $"Latest check: PASSED, checked {Time(check.CheckedAt)} by Olivia Owens", "Pinned, not reachable",
            "expected " + version.GetProperty("artifactSha256").GetString());
        Assert.DoesNotContain(Compact("not yet recorded"), pins);

        // Lineage: the runs, the dataset versions and their sources, and the gaps.
        Assert.Equal(2, lineage.Runs.Count);
        Assert.NotEmpty(lineage.Gaps);
        AssertShows(lineageText, [$"Lineage of {key} 1.1.0: source systems on top", training.ToString(), extract.ToString(), "credit_pd.train",
            .. lineage.DatasetVersions.Select(d => d.Reference), .. lineage.Gaps.Select(g => g.Problem)]);

        // The manifest lists each new piece of evidence with its SHA-256.
        AssertShows(manifest, $"Drift thresholdsDrift policy of 1.1.0 (revision 2){AuditPackManifest.HashOf(DriftPolicyRecord.From(drift))}");
        foreach (var evidence in new[]
        {
            $"Approval trailPromotion request {requestId} for 1.1.0", $"Approval trailProduction period of 1.1.0 from {Time(period.StartedAt)}",
            $"Version pins and reproducibilityReproducibility check {check.Id} of 1.1.0", "LineageLineage of 1.1.0 (2 runs,",
        })
        {
            Assert.Matches(new Regex(Regex.Escape(Compact(evidence)) + ".{0,60}?[0-9a-f]{64}"), manifest);
        }
    }

    [Fact]
    public async Task Generate_ForAVersionWithADecidedCabReview_ShowsItsVotesRecusalDecisionAndConditions_AndListsTheirHashesInTheManifest()
    {
        var driver = new PromotionDriver(host);
        // Marcus sits on the demo board covering High-risk models; as the model's backup owner he is recused.
        var key = await driver.NewModelAsync("High", backupOwner: PortalClients.Marcus);
        await driver.MakeReadyAsync(key, "1.0.0");
        var requestId = await driver.RequestedAsync(key, "1.0.0");
        var (reviewId, meetingId) = await HoldCabMeetingAsync(driver, key, "1.0.0");
        var cab = host.Factory.Services.GetRequiredService<CabQueries>();
        var review = await cab.ReviewAsync(reviewId);
        var meeting = await cab.MeetingAsync(meetingId);
        var priya = await host.ClientForAsync(PortalClients.Priya);

        var id = (await (await priya.PostAsJsonAsync("/api/v1/audit-packs", new { modelKey = key, version = "1.0.0" })).ExpectAsync(HttpStatusCode.Accepted))
            .GetProperty("id").GetString()!;
        await AuditPackDownloads.ReadyAsync(priya, id);
        var bytes = await AuditPackDownloads.PdfAsync(priya, id);

        await File.WriteAllBytesAsync(TestArtifacts.PathFor($"audit-pack-cab-{GetType().Name}.pdf"), bytes);
        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => (Words: string.Join(' ', p.GetWords().Select(w => w.Text)), Letters: p.Letters.Select(l => l.Value))).ToList();
        var chapter = Chapter(pages, "Change advisory board decisions", "Lineage");
        var approvals = Chapter(pages, "Approval trail", "Change advisory board decisions");
        var manifest = Chapter(pages, "Manifest and chain verification", null);
        var (daniel, yuki) = (review.Ballots.Single(b => b.MemberName == "Daniel Okafor"), review.Ballots.Single(b => b.MemberName == "Yuki Tanaka"));
        var condition = review.Conditions.Single();

        Assert.Equal(ChangeReviewState.ApprovedWithConditions, review.State);
        AssertShows(chapter, $"Major change review opened {Time(review.OpenedAt)}: approved with conditions",
            "BoardModel Risk Change Advisory Board, chaired by Yuki Tanaka; quorum 2", "Why it cameMajor change: opened by its promotion request",
            $"Promotion request{requestId}", $"Requested byOlivia OwensRequested at{Time(review.OpenedAt)}",
            "What changesGradient-boosted trees replace the logistic scorecard.", "Likelihood × impactModerate × High → score High",
            "Impact if it failsMis-priced loans until rolled back.", "Test evidenceHoldout evaluation and a two-week shadow run.",
            "Rollback planRoll back to the previous version through the portal.", "ResponsibleOlivia Owens",
            $"MeetingModel Risk CAB: pack evidenceDate{Time(meeting.Meeting.StartsAt)}", meeting.MinutesSha256!,
            $"Daniel OkaforApprove with conditionsShadow run on live traffic for two weeks before go-live.{Time(daniel.CastAt)}",
            $"Yuki TanakaApprove—{Time(yuki.CastAt)}", "Recused: Marcus Chen (requested or owns the change",
            "Tally2 for (1 of them with conditions), 0 against, 0 abstaining, 1 recused; 2 of the 2 needed took part, quorum reached",
            "Outcomeapproved with conditions (final)Closed byYuki Tanaka", $"Decided at{Time(review.DecidedAt!.Value)}",
            $"Shadow run on live traffic for two weeks before go-live. (Daniel Okafor)Olivia Owens, {Time(condition.DoneAt!.Value)}: Shadow run report attached." +
            $"Yuki Tanaka, {Time(condition.ConfirmedAt!.Value)}", "all confirmed by the chair");
        AssertShows(approvals, $"CAB review{reviewId}");
        Assert.Matches(new Regex(Regex.Escape(Compact($"Change advisory board decisionsCAB review {reviewId} of 1.0.0")) + "[0-9a-f]{64}"), manifest);
        AssertShows(manifest, $"Change advisory board decisionsMinutes of CAB meeting \"Model Risk CAB: pack evidence\" of {Time(meeting.Meeting.StartsAt)}" +
            meeting.MinutesSha256);
    }

    private const string Daniel = "daniel.okafor@contoso.example";

    private const string Yuki = "yuki.tanaka@contoso.example";

    /// <summary>
    /// Through the board's services, as its pages do: Olivia assesses the review her Major promotion request opened, Yuki (the
    /// demo board's chair) holds a meeting a few minutes ahead with it on the agenda, Daniel approves with a condition and Yuki
    /// approves, Yuki closes the item, Olivia marks the condition done and Yuki confirms it, and the meeting closes once started.
    /// </summary>
    private async Task<(Guid Review, Guid Meeting)> HoldCabMeetingAsync(PromotionDriver driver, string key, string version)
    {
        var services = host.Factory.Services;
        var (reviews, meetings, voting) = (services.GetRequiredService<ChangeReviewService>(), services.GetRequiredService<CabMeetingService>(),
            services.GetRequiredService<CabVotingService>());
        var reviewId = (await services.GetRequiredService<CabQueries>().ForVersionAsync(key, version, Actor.System)).Current!.Id;
        var (olivia, _) = await driver.PersonAsync(PortalClients.Olivia);
        var (chair, _) = await driver.PersonAsync(Yuki, PortalRoles.CabMember);
        var (daniel, _) = await driver.PersonAsync(Daniel);

        await reviews.AssessAsync(olivia, reviewId, new RiskAssessment("Gradient-boosted trees replace the logistic scorecard.",
            "Better discrimination on thin-file applicants.", RiskLevel.Moderate, RiskLevel.High, "Mis-priced loans until rolled back.",
            "Holdout evaluation and a two-week shadow run.", "Roll back to the previous version through the portal.", "Olivia Owens"));
        var meetingId = await meetings.ScheduleAsync(chair, "model-risk-cab",
            new MeetingDefinition("Model Risk CAB: pack evidence", clock.GetUtcNow().AddMinutes(5), 30, "Room 4.12", null));
        await meetings.AddToAgendaAsync(chair, meetingId, reviewId, null, null);
        await voting.VoteAsync(daniel, reviewId, CabChoice.ApproveWithConditions, "Shadow run on live traffic for two weeks before go-live.", null);
        await voting.VoteAsync(chair, reviewId, CabChoice.Approve, null, null);
        clock.Advance(TimeSpan.FromMinutes(10));
        await voting.CloseItemAsync(chair, reviewId);
        var condition = (await services.GetRequiredService<CabQueries>().ReviewAsync(reviewId)).Conditions.Single();
        await reviews.MarkConditionDoneAsync(olivia, reviewId, condition.Id, "Shadow run report attached.");
        await reviews.ConfirmConditionAsync(chair, reviewId, condition.Id);
        await meetings.CloseAsync(chair, meetingId);
        return (reviewId, meetingId);
    }

    /// <summary>An Airflow extract writing to the lake, and a training run reading it, linked to the version by hand.</summary>
    private static async Task<(Guid Extract, Guid Training)> PostLineageAsync(HttpClient olivia, string key, string version)
    {
        var (extract, training) = (Guid.NewGuid(), Guid.NewGuid());
        var start = DateTimeOffset.UtcNow.AddHours(-3);
        var lake = $"raw/{key}/applications";
        await (await olivia.PostAsJsonAsync("/api/v1/lineage", OpenLineageEvents.Airflow("START", extract, start, $"loans_{key}", $"public.applications_{key}", lake)))
            .ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync("/api/v1/lineage", OpenLineageEvents.Airflow("COMPLETE", extract, start.AddMinutes(7), $"loans_{key}", $"public.applications_{key}", lake)))
            .ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync("/api/v1/lineage", OpenLineageEvents.Training("COMPLETE", training, start.AddMinutes(40), lake, $"s3://elsewhere/{key}.pkl")))
            .ExpectAsync(HttpStatusCode.Created);
        var linked = await olivia.PostAsJsonAsync($"/api/v1/lineage/runs/{training}/model-version", new { model = key, version });
        Assert.Equal(HttpStatusCode.NoContent, linked.StatusCode);
        return (extract, training);
    }

    /// <summary>
    /// One chapter's letters in the order they were drawn, without white space: table cells are drawn one after another,
    /// so a value that wraps inside its cell, or cells of one row, read on. Every chapter starts a page with its title.
    /// </summary>
    private static string Chapter(IReadOnlyList<(string Words, IEnumerable<string> Letters)> pages, string title, string? next)
    {
        var list = pages.ToList();
        var start = list.FindIndex(p => p.Words.StartsWith(title + " ", StringComparison.Ordinal));
        var end = next is null ? list.Count : list.FindIndex(Math.Max(start, 0) + 1, p => p.Words.StartsWith(next + " ", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, $"chapter '{title}' not found before '{next}'");
        return Compact(string.Concat(list.Skip(start).Take(end - start).SelectMany(p => p.Letters)));
    }

    private static void AssertShows(string chapter, params string[] values)
    {
        foreach (var value in values)
        {
            Assert.Contains(Compact(value), chapter);
        }
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
