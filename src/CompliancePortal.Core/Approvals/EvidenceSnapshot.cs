using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Approvals;

/// <summary>The facts and the gate results at one moment, with the fingerprint of the evidence an approval stands on.</summary>
public sealed record EvidenceSnapshot(PromotionFacts Facts, IReadOnlyList<GateResult> Gates, DateTimeOffset TakenAt)
{
    public bool AllGatesPass => Gates.All(g => g.Passed);

    /// <summary>
    /// What an approval is given on: the card revision, the set of evaluations and the drift policy. Any of them changing
    /// afterwards means the approver signed different evidence, so the approval no longer counts.
    /// </summary>
    public string Fingerprint => Hashes.Sha256Hex(string.Join('\n',
        $"card:{Facts.CardRevision}:{Facts.CardContentHash}",
        $"evaluations:{string.Join(',', Facts.Evaluations.Select(e => e.Id).Order())}",
        $"drift:{Facts.DriftPolicyHash}"));

    public GateResult Gate(PromotionGate gate) => Gates.Single(g => g.Gate == gate);

    /// <summary>What changed between the evidence an approval was given on and now, in words.</summary>
    public static string DescribeChange(PromotionFacts then, PromotionFacts now)
    {
        var changes = new List<string>();
        if (then.CardRevision != now.CardRevision || then.CardContentHash != now.CardContentHash)
        {
            changes.Add($"the model card changed (revision {then.CardRevision?.ToString() ?? "none"} → {now.CardRevision?.ToString() ?? "none"})");
        }
        var added = now.Evaluations.Select(e => e.Id).Except(then.Evaluations.Select(e => e.Id)).Count();
        if (added > 0 || now.Evaluations.Count != then.Evaluations.Count)
        {
            changes.Add(added == 1 ? "a new evaluation was recorded" : $"{added} new evaluations were recorded");
        }
        if (then.DriftPolicyHash != now.DriftPolicyHash)
        {
            changes.Add("the drift policy changed");
        }
        return changes.Count == 0 ? "the evidence changed" : string.Join("; ", changes);
    }
}
