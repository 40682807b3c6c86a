using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.AuditPacks.Sections;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Tests.Approvals;

namespace CompliancePortal.Core.Tests.AuditPacks.Sections;

public class ApprovalTrailLayoutTests
{
    private static readonly DateTimeOffset RequestedAt = new(2026, 11, 20, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void Requests_WhenNoneWasMade_SayPlainlyThatNoPromotionWasRequested_AndAddNothingToTheManifest()
    {
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(ApprovalTrailLayout.Requests("2.1.0", [], manifest, "Approval trail"));

        Assert.Contains("No promotion has been requested for 2.1.0.", text);
        Assert.Empty(manifest.Entries);
    }

    [Fact]
    public void Request_ShowsWhoAskedWhenAndWhy_TheFrozenEvidence_AndEverySignatureWithItsMethod()
    {
        var manifest = new AuditPackManifest();
        var request = Request(PromotionKind.Promotion, PromotionState.Promoted,
            Signature("Daniel Okafor", RequestedAt.AddHours(2), "Thresholds agreed with validation."));

        var text = PackElements.Text(ApprovalTrailLayout.Requests("2.1.0", [request], manifest, "Approval trail"));

        Assert.Contains("Requested by | Olivia Owens", text);
        Assert.Contains("Requested at | 2026-11-20 08:15:00 UTC", text);
        Assert.Contains("Rationale | Better calibration on thin-file applicants.", text);
        Assert.Contains("Change class | Minor", text);
        Assert.Contains("Target stage | Production", text);
        Assert.Contains("promoted 2026-11-20 10:15:00 UTC", text);
        Assert.Contains(new string('a', 64), text);
        Assert.Contains("debt_to_income PSI (population stability index) warning 0.1, critical 0.25", text);
        Assert.Contains(request.Evidence.Facts.Evaluations[0].Id.ToString(), text);
        Assert.Contains(request.Evidence.Facts.ReproducibilityCheckId.ToString()!, text);
        Assert.Contains(request.Evidence.Fingerprint, text);
        Assert.Contains("Daniel Okafor | 2026-11-20 10:15:00 UTC | Approve: Approved for production | Thresholds agreed with validation. | " +
            "Identity confirmed in the signature dialog (development sign-in) | valid, counts", text);
    }

    [Fact]
    public void Signature_ThatWasInvalidated_IsMarkedInvalidatedWithWhy()
    {
        var invalidated = Signature("Priya Raman", RequestedAt.AddHours(1), null) with
        {
            Counts = false, InvalidationReason = "Evidence changed after this approval: the drift policy changed. It must be signed again.",
        };
        var request = Request(PromotionKind.Promotion, PromotionState.Pending, invalidated);

        var text = PackElements.Text(ApprovalTrailLayout.Requests("2.1.0", [request], new AuditPackManifest(), "Approval trail"));

        Assert.Contains("Priya Raman | 2026-11-20 09:15:00 UTC", text);
        Assert.Contains("INVALIDATED: Evidence changed after this approval: the drift policy changed. It must be signed again.", text);
    }

    [Fact]
    public void Rejection_ShowsItsCommentAndThatItRejectedTheRequest()
    {
        var rejection = Signature("Priya Raman", RequestedAt.AddHours(1), "The fairness analysis omits the age bands.") with
        {
            Decision = SignatureDecision.Reject, Meaning = "Rejected for production",
        };

        var text = PackElements.Text(ApprovalTrailLayout.Requests("2.1.0", [Request(PromotionKind.Promotion, PromotionState.Rejected, rejection)],
            new AuditPackManifest(), "Approval trail"));

        Assert.Contains("Promotion request of 2026-11-20 08:15:00 UTC: rejected 2026-11-20 10:15:00 UTC", text);
        Assert.Contains("Reject: Rejected for production | The fairness analysis omits the age bands. | ", text);
        Assert.Contains("| valid; rejected the request", text);
    }

    [Fact]
    public void Request_EndedByTheBoardsRejection_SaysSo_WithTheBoardsReasons_AndNamesItsReview()
    {
        var reviewId = Guid.NewGuid();
        var request = Request(PromotionKind.Promotion, PromotionState.Rejected) with
        {
            EndedBecause = "The change advisory board rejected the change on 2026-11-20. Reasons: \"No fairness analysis.\"", CabReviewId = reviewId,
        };
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(ApprovalTrailLayout.Requests("2.1.0", [request], manifest, "Approval trail"));

        Assert.Contains("Promotion request of 2026-11-20 08:15:00 UTC: ended by the change advisory board's rejection 2026-11-20 10:15:00 UTC", text);
        Assert.Contains("Ended because | The change advisory board rejected the change on 2026-11-20. Reasons: \"No fairness analysis.\"", text);
        Assert.Contains($"CAB review | {reviewId}", text);
        Assert.NotEqual(manifest.Entries.Single().Sha256, AuditPackManifest.HashOf(ApprovalTrailLayout.Record(request with { EndedBecause = null })));
    }

    [Fact]
    public void Rollback_IsNamedAsARollback()
    {
        var text = PackElements.Text(ApprovalTrailLayout.Requests("2.0.0", [Request(PromotionKind.Rollback, PromotionState.Pending)], new AuditPackManifest(), "Approval trail"));

        Assert.Contains("Rollback request of 2026-11-20 08:15:00 UTC: pending", text);
        Assert.Contains("Kind | Rollback", text);
        Assert.Contains("No one has signed this request.", text);
    }

    [Fact]
    public void Request_IsInTheManifest_AsTheHashOfWhatThePackShows()
    {
        var manifest = new AuditPackManifest();
        var request = Request(PromotionKind.Promotion, PromotionState.Promoted, Signature("Daniel Okafor", RequestedAt.AddHours(2), null));

        ApprovalTrailLayout.Requests("2.1.0", [request], manifest, "Approval trail");

        var entry = Assert.Single(manifest.Entries);
        Assert.Equal("Approval trail", entry.Section);
        Assert.Equal($"Promotion request {request.Id} for 2.1.0", entry.Evidence);
        Assert.Equal(AuditPackManifest.HashOf(ApprovalTrailLayout.Record(request)), entry.Sha256);
        Assert.NotEqual(entry.Sha256, AuditPackManifest.HashOf(ApprovalTrailLayout.Record(request with { Rationale = "Something else." })));
    }

    [Fact]
    public void History_ListsEachPeriodOldestFirstWithWhoApproved_AndNamesVersionsNeverInProduction()
    {
        var manifest = new AuditPackManifest();
        var approval = Signature("Priya Raman", RequestedAt, null);
        ProductionPeriodView[] periods =
        [
            new("2.1.0", RequestedAt.AddDays(3), null, Guid.NewGuid(), PromotionKind.Promotion, "Olivia Owens", RequestedAt.AddDays(3).AddMinutes(-20), 1200, [approval]),
            new("2.0.0", RequestedAt, RequestedAt.AddDays(3), Guid.NewGuid(), PromotionKind.Promotion, "Olivia Owens", RequestedAt.AddMinutes(-5), 300, [approval]),
        ];

        var text = PackElements.Text(ApprovalTrailLayout.History("credit-default-pd", ["2.0.0", "2.1.0", "2.2.0"], periods, manifest, "Approval trail"));

        Assert.Contains("2.0.0 | 2026-11-20 08:15:00 UTC | 2026-11-23 08:15:00 UTC | Promotion requested by Olivia Owens, in production 5 min after the request | " +
            "Priya Raman (2026-11-20 08:15:00 UTC)", text);
        Assert.Contains("2.1.0 | 2026-11-23 08:15:00 UTC | now (current)", text);
        Assert.True(text.IndexOf("2.0.0 |", StringComparison.Ordinal) < text.IndexOf("2.1.0 |", StringComparison.Ordinal));
        Assert.Contains("Never in production: 2.2.0.", text);
        Assert.Equal(2, manifest.Entries.Count);
    }

    [Fact]
    public void History_WhenNoVersionWasEverInProduction_SaysSo()
    {
        var text = PackElements.Text(ApprovalTrailLayout.History("credit-default-pd", ["1.0.0"], [], new AuditPackManifest(), "Approval trail"));

        Assert.Contains("No version of credit-default-pd has been in production.", text);
    }

    private static SignatureView Signature(string name, DateTimeOffset at, string? comment) =>
        new(Guid.NewGuid(), Guid.NewGuid(), name, SignatureDecision.Approve, "Approved for production", comment, at, SigningMethod.ConfirmedIdentity, at, true, null);

    private static PromotionRequestView Request(PromotionKind kind, PromotionState state, params SignatureView[] signatures) => new(
        Guid.NewGuid(), "credit-default-pd", "Credit default PD", "2.1.0", kind, state, ModelStage.Production, ModelStage.Staging, Guid.NewGuid(),
        "Olivia Owens", RequestedAt, "Better calibration on thin-file applicants.", ChangeClass.Minor, RiskTier.Medium, 1,
        signatures.Count(s => s.Counts), Promotions.Evidence(Promotions.CompleteFacts(ChangeClass.Minor)), null, false, signatures,
        state == PromotionState.Pending ? null : RequestedAt.AddHours(2), state == PromotionState.Promoted ? RequestedAt.AddHours(2) : null,
        state == PromotionState.Promoted ? 7200 : null, Guid.NewGuid(), null, null, null, null);
}
