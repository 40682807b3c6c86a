using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// The one policy for promotions: the gates of DESIGN.md, how many approvals a request needs, and who may sign it
/// (segregation of duties). Entities and services ask it; nothing else decides these rules.
/// </summary>
public static class PromotionPolicy
{
    public static EvidenceSnapshot Evaluate(PromotionFacts facts, DateTimeOffset now) =>
        new(facts, [
            NamedOwner(facts),
            ModelCard(facts),
            Evaluation(facts, now),
            Drift(facts),
            Reproducibility(facts),
            Cab(facts),
        ], now);

    /// <summary>
    /// A rollback is judged on the gates 1–5 as they stood when the version was last in Production; the CAB gate is
    /// replaced by a follow-up item for the board's next review.
    /// </summary>
    public static EvidenceSnapshot ForRollback(EvidenceSnapshot lastProduction, DateTimeOffset now) =>
        new(lastProduction.Facts, [
            .. lastProduction.Gates.Where(g => g.Gate != PromotionGate.CabDecision),
            new GateResult(PromotionGate.CabDecision, true, "Rollback: expedited path; a follow-up item goes to the next CAB review."),
        ], now);

    /// <summary>One approval for Low and Medium risk and for a rollback; two distinct approvals for High and Critical.</summary>
    public static int RequiredApprovals(RiskTier risk, PromotionKind kind) =>
        kind == PromotionKind.Rollback ? 1 : risk is RiskTier.High or RiskTier.Critical ? 2 : 1;

    /// <summary>Who may request: the model's owner or backup owner, in the ModelOwner role.</summary>
    public static PromotionRefusal? CheckRequester(Actor requester, Model model) =>
        requester.IsActingOwner(model)
            ? null
            : PromotionRefusal.Access(PromotionRule.ActingOwnerRequests,
                $"only the owner or backup owner of {model.Key}, holding the ModelOwner role, can request its promotion.");

    /// <summary>
    /// Segregation of duties, checked for approvals and rejections alike at the moment of signing: a named compliance
    /// officer who is neither the requester nor an owner of the model, and who has not signed this request already.
    /// </summary>
    public static PromotionRefusal? CheckSigner(Actor signer, Guid requesterId, Model model, IEnumerable<Guid> countedSignerIds)
    {
        if (signer.PersonId is not { } signerId)
        {
            return PromotionRefusal.Access(PromotionRule.NamedSigner, "a signature is given by a named person, never by the system or a pipeline.");
        }
        if (!signer.HasRole(PortalRoles.ComplianceOfficer))
        {
            return PromotionRefusal.Access(PromotionRule.ComplianceOfficerSigns, signer.HasRole(PortalRoles.Administrator)
                ? "the Administrator role grants no approval; a promotion is signed by a compliance officer in their own role."
                : "only a compliance officer can sign a promotion request.");
        }
        if (signerId == requesterId)
        {
            return PromotionRefusal.Access(PromotionRule.RequesterCannotSign, "you requested this promotion; someone independent of the request must sign it.");
        }
        if (model.IsOwnedBy(signerId))
        {
            return PromotionRefusal.Access(PromotionRule.OwnerCannotSign,
                $"you own (or back up) {model.Key}; the owner of a model never signs its promotion.");
        }
        if (countedSignerIds.Contains(signerId))
        {
            return PromotionRefusal.Domain(PromotionRule.DistinctApprovers,
                "you have already signed this request; the approvals it needs come from distinct people.");
        }
        return null;
    }

    /// <summary>An approval (not a rejection) needs every gate to pass at the time it is given.</summary>
    public static PromotionRefusal? CheckGates(EvidenceSnapshot evidence)
    {
        var failing = evidence.Gates.Where(g => !g.Passed).ToList();
        return failing.Count == 0
            ? null
            : PromotionRefusal.Domain(PromotionRule.GatesPass,
                "an approval needs every gate to pass now; failing: " + string.Join("; ", failing.Select(g => $"{g.Gate} ({g.Detail})")));
    }

    private static GateResult NamedOwner(PromotionFacts f) =>
        new(PromotionGate.NamedOwner, !string.IsNullOrWhiteSpace(f.OwnerName),
            string.IsNullOrWhiteSpace(f.OwnerName) ? "The model has no named individual owner." : $"Owned by {f.OwnerName}.");

    private static GateResult ModelCard(PromotionFacts f) => f.CardRevision is null
        ? new(PromotionGate.CompleteModelCard, false, "The version has no model card.")
        : f.CardComplete
            ? new(PromotionGate.CompleteModelCard, true, $"Revision {f.CardRevision} fills every required section.")
            : new(PromotionGate.CompleteModelCard, false, $"Revision {f.CardRevision} is incomplete: {string.Join(", ", f.IncompleteSections)}.");

    /// <summary>
    /// The latest evaluation of the exact artifact against a current golden-set version, by a versioned evaluator,
    /// decides: a later failure outweighs an earlier pass, and it must lie within the window.
    /// </summary>
    private static GateResult Evaluation(PromotionFacts f, DateTimeOffset now)
    {
        var latest = f.Evaluations
            .Where(e => e.AgainstCurrentGoldenSetVersion && e.ScoredThePinnedArtifact && !string.IsNullOrWhiteSpace(e.EvaluatorVersion))
            .MaxBy(e => e.FinishedAt);
        if (latest is null)
        {
            return new(PromotionGate.PassingEvaluation, false, f.Evaluations.Count == 0
                ? "The version has no evaluation."
                : "No evaluation of this artifact against the current golden-set version by a versioned evaluator.");
        }
        var what = $"{latest.GoldenSet} v{latest.GoldenSetVersion} by {latest.EvaluatorName} {latest.EvaluatorVersion} on {latest.FinishedAt:yyyy-MM-dd}";
        if (!latest.Passed)
        {
            return new(PromotionGate.PassingEvaluation, false, $"The latest evaluation ({what}) failed.");
        }
        var age = now - latest.FinishedAt;
        return age > TimeSpan.FromDays(f.EvaluationWindowDays)
            ? new(PromotionGate.PassingEvaluation, false, $"The latest passing evaluation ({what}) is {(int)age.TotalDays} days old; the window is {f.EvaluationWindowDays} days.")
            : new(PromotionGate.PassingEvaluation, true, $"Passed: {what}.");
    }

    private static GateResult Drift(PromotionFacts f) => f.DriftThresholds.Count == 0
        ? new(PromotionGate.DriftThresholds, false, "No drift thresholds are defined for this version.")
        : new(PromotionGate.DriftThresholds, true, $"{f.DriftThresholds.Count} monitored: "
            + string.Join(", ", f.DriftThresholds.Select(t => $"{t.Monitored} ({t.Method} warn {t.Warning}, critical {t.Critical})")) + ".");

    private static GateResult Reproducibility(PromotionFacts f) => f.ReproducibilityPassed switch
    {
        null => new(PromotionGate.Reproducibility, false, "The reproducibility check has not been run for this version."),
        false => new(PromotionGate.Reproducibility, false, $"The reproducibility check of {f.ReproducibilityCheckedAt:yyyy-MM-dd HH:mm} UTC failed."),
        true => new(PromotionGate.Reproducibility, true, $"Passed on {f.ReproducibilityCheckedAt:yyyy-MM-dd HH:mm} UTC."),
    };

    /// <summary>
    /// A Major change needs the board's approval with every condition confirmed. A Minor change needs none, unless its
    /// owner asked for the board's review: then the board's decision counts for it too.
    /// </summary>
    private static GateResult Cab(PromotionFacts f) => f.Cab switch
    {
        null when f.ChangeClass == ChangeClass.Minor => new(PromotionGate.CabDecision, true, "Minor change: no CAB decision needed."),
        null => new(PromotionGate.CabDecision, false,
            "Major change: it needs an approving CAB decision; the board's review opens with the promotion request."),
        { Status: CabReviewStatus.Rejected } cab => new(PromotionGate.CabDecision, false,
            $"{cab.Sentence} A new promotion request of a Major change opens a new review; for a Minor change, ask the board to review it again."),
        var cab => new(PromotionGate.CabDecision, cab.Approving, cab.Sentence),
    };
}
