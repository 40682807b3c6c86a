using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Tests.Approvals;

/// <summary>The gates of DESIGN.md, one fact at a time.</summary>
public sealed class PromotionGateTests
{
    private static readonly DateTimeOffset Now = Promotions.Now;

    private static GateResult Gate(PromotionFacts facts, PromotionGate gate) => PromotionPolicy.Evaluate(facts, Now).Gate(gate);

    [Fact]
    public void CompleteEvidence_PassesEveryGate()
    {
        var evidence = Promotions.Evidence();

        Assert.True(evidence.AllGatesPass);
        Assert.Equal(Enum.GetValues<PromotionGate>(), evidence.Gates.Select(g => g.Gate));
    }

    [Fact]
    public void NoNamedOwner_FailsTheOwnerGate()
    {
        var gate = Gate(Promotions.CompleteFacts() with { OwnerName = null }, PromotionGate.NamedOwner);

        Assert.False(gate.Passed);
        Assert.Contains("no named individual owner", gate.Detail);
    }

    [Fact]
    public void NoModelCard_Or_AnIncompleteOne_FailsTheCardGate_NamingTheSections()
    {
        var none = Gate(Promotions.CompleteFacts() with { CardRevision = null, CardContentHash = null }, PromotionGate.CompleteModelCard);
        var incomplete = Gate(Promotions.CompleteFacts() with { CardComplete = false, IncompleteSections = ["Fairness analysis"] },
            PromotionGate.CompleteModelCard);

        Assert.False(none.Passed);
        Assert.False(incomplete.Passed);
        Assert.Contains("Fairness analysis", incomplete.Detail);
    }

    [Fact]
    public void NoEvaluation_FailsTheEvaluationGate()
    {
        var gate = Gate(Promotions.CompleteFacts() with { Evaluations = [] }, PromotionGate.PassingEvaluation);

        Assert.False(gate.Passed);
        Assert.Contains("no evaluation", gate.Detail);
    }

    [Fact]
    public void PassingEvaluation_OlderThanTheWindow_FailsTheEvaluationGate()
    {
        var gate = Gate(Promotions.CompleteFacts() with { Evaluations = [Promotions.PassingEvaluation(daysAgo: 31)] }, PromotionGate.PassingEvaluation);

        Assert.False(gate.Passed);
        Assert.Contains("31 days old; the window is 30 days", gate.Detail);
    }

    [Fact]
    public void PassingEvaluation_AtTheEdgeOfALongerWindow_Passes()
    {
        var facts = Promotions.CompleteFacts() with { Evaluations = [Promotions.PassingEvaluation(daysAgo: 45)], EvaluationWindowDays = 45 };

        Assert.True(Gate(facts, PromotionGate.PassingEvaluation).Passed);
    }

    [Fact]
    public void LaterFailure_OutweighsAnEarlierPass()
    {
        var failed = Promotions.PassingEvaluation(daysAgo: 1) with { Passed = false };
        var facts = Promotions.CompleteFacts() with { Evaluations = [Promotions.PassingEvaluation(daysAgo: 5), failed] };

        var gate = Gate(facts, PromotionGate.PassingEvaluation);

        Assert.False(gate.Passed);
        Assert.Contains("failed", gate.Detail);
    }

    [Theory]
    [InlineData("old golden set version")]
    [InlineData("unversioned evaluator")]
    [InlineData("another artifact")]
    public void PassingEvaluation_ThatIsNotOfThisExactVersionAgainstTheCurrentGoldenSet_DoesNotCount(string flaw)
    {
        var pass = Promotions.PassingEvaluation();
        var flawed = flaw switch
        {
            "old golden set version" => pass with { AgainstCurrentGoldenSetVersion = false },
            "unversioned evaluator" => pass with { EvaluatorVersion = "" },
            _ => pass with { ScoredThePinnedArtifact = false },
        };

        var gate = Gate(Promotions.CompleteFacts() with { Evaluations = [flawed] }, PromotionGate.PassingEvaluation);

        Assert.False(gate.Passed);
        Assert.Contains("current golden-set version by a versioned evaluator", gate.Detail);
    }

    [Fact]
    public void NoDriftThresholds_FailsTheDriftGate()
    {
        var gate = Gate(Promotions.CompleteFacts() with { DriftThresholds = [], DriftPolicyHash = null }, PromotionGate.DriftThresholds);

        Assert.False(gate.Passed);
    }

    [Theory]
    [InlineData(null, "has not been run")]
    [InlineData(false, "failed")]
    public void ReproducibilityCheck_NotRunOrFailed_FailsItsGate(bool? passed, string expected)
    {
        var gate = Gate(Promotions.CompleteFacts() with { ReproducibilityPassed = passed }, PromotionGate.Reproducibility);

        Assert.False(gate.Passed);
        Assert.Contains(expected, gate.Detail);
    }

    [Fact]
    public void MajorChange_WithoutACabDecision_CannotPass()
    {
        var gate = Gate(Promotions.CompleteFacts() with { Cab = null }, PromotionGate.CabDecision);

        Assert.False(gate.Passed);
        Assert.Contains("needs an approving CAB decision", gate.Detail);
    }

    [Fact]
    public void MajorChange_WithARejectingCabDecision_Fails_AndAMinorChangeNeedsNone()
    {
        var rejected = Gate(Promotions.CompleteFacts() with { Cab = Cab(CabReviewStatus.Rejected, "rejected the change (0 for, 2 against)") },
            PromotionGate.CabDecision);
        var minor = Gate(Promotions.CompleteFacts(ChangeClass.Minor), PromotionGate.CabDecision);

        Assert.False(rejected.Passed);
        Assert.Contains("rejected the change", rejected.Detail);
        Assert.True(minor.Passed);
    }

    [Fact]
    public void MajorChange_ApprovedWithConditionsStillOpen_Fails_UntilTheChairConfirmsThem()
    {
        var open = Gate(Promotions.CompleteFacts() with { Cab = Cab(CabReviewStatus.ConditionsOpen, "approved the change with conditions; 1 of 1 not yet confirmed") },
            PromotionGate.CabDecision);
        var confirmed = Gate(Promotions.CompleteFacts() with { Cab = Cab(CabReviewStatus.Approved, "approved the change with 1 condition(s), all confirmed") },
            PromotionGate.CabDecision);

        Assert.False(open.Passed);
        Assert.Contains("not yet confirmed", open.Detail);
        Assert.True(confirmed.Passed);
    }

    [Fact]
    public void MinorChange_WhoseOwnerAskedForACabReview_WaitsForTheBoard()
    {
        var pending = Gate(Promotions.CompleteFacts(ChangeClass.Minor) with { Cab = Cab(CabReviewStatus.Pending, "waiting for the requester's risk assessment") },
            PromotionGate.CabDecision);
        var rejected = Gate(Promotions.CompleteFacts(ChangeClass.Minor) with { Cab = Cab(CabReviewStatus.Rejected, "rejected the change") },
            PromotionGate.CabDecision);

        Assert.False(pending.Passed);
        Assert.Contains("The CAB review is waiting", pending.Detail);
        Assert.False(rejected.Passed);
    }

    private static CabDecision Cab(CabReviewStatus status, string summary) =>
        new(Guid.NewGuid(), status, summary, status == CabReviewStatus.Pending ? null : Now.AddDays(-1));

    [Theory]
    [InlineData(RiskTier.Low, 1)]
    [InlineData(RiskTier.Medium, 1)]
    [InlineData(RiskTier.High, 2)]
    [InlineData(RiskTier.Critical, 2)]
    public void Approvals_OneForLowAndMedium_TwoForHighAndCritical(RiskTier tier, int required) =>
        Assert.Equal(required, PromotionPolicy.RequiredApprovals(tier, PromotionKind.Promotion));

    [Fact]
    public void Rollback_NeedsOneApproval_EvenForCriticalRisk() =>
        Assert.Equal(1, PromotionPolicy.RequiredApprovals(RiskTier.Critical, PromotionKind.Rollback));

    [Fact]
    public void Rollback_KeepsTheGatesAsTheyStood_AndReplacesTheCabGateByAFollowUp()
    {
        var then = PromotionPolicy.Evaluate(Promotions.CompleteFacts() with { Cab = null, DriftThresholds = [] }, Now.AddDays(-90));

        var rollback = PromotionPolicy.ForRollback(then, Now);

        Assert.False(rollback.Gate(PromotionGate.DriftThresholds).Passed);
        Assert.True(rollback.Gate(PromotionGate.CabDecision).Passed);
        Assert.Contains("follow-up", rollback.Gate(PromotionGate.CabDecision).Detail);
        Assert.Equal(then.Fingerprint, rollback.Fingerprint);
    }

    [Fact]
    public void Fingerprint_ChangesWithTheCard_TheEvaluations_AndTheDriftPolicy_ButNotWithTheTime()
    {
        var facts = Promotions.CompleteFacts();
        var fingerprint = PromotionPolicy.Evaluate(facts, Now).Fingerprint;

        Assert.Equal(fingerprint, PromotionPolicy.Evaluate(facts, Now.AddDays(1)).Fingerprint);
        Assert.NotEqual(fingerprint, PromotionPolicy.Evaluate(facts with { CardRevision = 5 }, Now).Fingerprint);
        Assert.NotEqual(fingerprint, PromotionPolicy.Evaluate(facts with { Evaluations = [.. facts.Evaluations, Promotions.PassingEvaluation()] }, Now).Fingerprint);
        Assert.NotEqual(fingerprint, PromotionPolicy.Evaluate(facts with { DriftPolicyHash = new string('e', 64) }, Now).Fingerprint);
    }
}
