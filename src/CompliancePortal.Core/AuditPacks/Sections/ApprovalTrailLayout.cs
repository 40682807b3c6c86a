using System.Globalization;
using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>How the approval trail reads on paper: one block per request, a table of its signatures, and the production history.</summary>
internal static class ApprovalTrailLayout
{
    public static IReadOnlyList<DocumentElement> Requests(string version, IReadOnlyList<PromotionRequestView> requests, AuditPackManifest manifest, string section)
    {
        var elements = new List<DocumentElement> { new HeadingElement(2, $"Promotion requests for version {version}") };
        if (requests.Count == 0)
        {
            elements.Add(new ParagraphElement($"No promotion has been requested for {version}."));
            return elements;
        }
        elements.Add(new ParagraphElement($"{requests.Count} request(s) for {version}, oldest first."));
        foreach (var r in requests)
        {
            manifest.AddRecord(section, $"{KindText(r.Kind)} request {r.Id} for {version}", Record(r));
            elements.Add(new HeadingElement(3, $"{KindText(r.Kind)} request of {PackText.Time(r.RequestedAt)}: {StateText(r)}", InContents: false));
            elements.Add(TableElement.KeyValues(RequestRows(r)));
            elements.AddRange(Evidence(r.Evidence));
            elements.AddRange(Signatures(r));
        }
        return elements;
    }

    private static List<(string, string)> RequestRows(PromotionRequestView r)
    {
        List<(string, string)> rows =
            [
                ("Request", r.Id.ToString()),
                ("Kind", r.Kind == PromotionKind.Rollback ? "Rollback (expedited path, judged on the evidence of its last time in production)" : "Promotion"),
                ("Target stage", r.TargetStage.ToString()),
                ("Requested by", r.RequestedBy),
                ("Requested at", PackText.Time(r.RequestedAt)),
                ("Rationale", r.Rationale),
                ("Change class", r.ChangeClass.ToString()),
                ("Risk tier", $"{r.RiskTier}: {r.RequiredApprovals} approval(s) required, {r.CountedApprovals} counted"),
                ("State", StateText(r)),
            ];
        if (r.EndedBecause is { } ended)
        {
            rows.Add(("Ended because", ended));
        }
        if (r.CabReviewId is { } review)
        {
            rows.Add(("CAB review", $"{review} (see the change advisory board decisions)"));
        }
        return rows;
    }

    public static IReadOnlyList<DocumentElement> History(string modelKey, IReadOnlyList<string> versions, IReadOnlyList<ProductionPeriodView> periods,
        AuditPackManifest manifest, string section)
    {
        var elements = new List<DocumentElement> { new HeadingElement(2, $"Production history of {modelKey}") };
        if (periods.Count == 0)
        {
            elements.Add(new ParagraphElement($"No version of {modelKey} has been in production."));
            return elements;
        }
        var never = versions.Where(v => periods.All(p => p.Version != v)).ToList();
        elements.Add(new ParagraphElement("Every period a version of the model was in production, oldest first, with the request that put it there and the " +
            "approvals that counted." + (never.Count == 0 ? "" : $" Never in production: {string.Join(", ", never)}.")));
        var ordered = periods.OrderBy(p => p.StartedAt).ToList();
        foreach (var p in ordered)
        {
            manifest.AddRecord(section, $"Production period of {p.Version} from {PackText.Time(p.StartedAt)}", new
            {
                p.Version, p.StartedAt, p.EndedAt, p.PromotionRequestId, p.Kind, ApprovedBy = p.Approvals.Select(a => new { a.PrintedName, a.SignedAt }).ToList(),
            });
        }
        elements.Add(new TableElement(
            [TableCell.Text("Version"), TableCell.Text("From"), TableCell.Text("To"), TableCell.Text("By"), TableCell.Text("Approved by")],
            ordered.Select(p => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(p.Version), TableCell.Text(PackText.Time(p.StartedAt)), TableCell.Text(p.EndedAt is { } e ? PackText.Time(e) : "now (current)"),
                TableCell.Text($"{KindText(p.Kind)} requested by {p.RequestedBy}" + (p.ElapsedSeconds is { } s ? $", in production {Duration(s)} after the request" : "")),
                TableCell.Text(p.Approvals.Count == 0 ? "—" : string.Join("; ", p.Approvals.Select(a => $"{a.PrintedName} ({PackText.Time(a.SignedAt)})"))),
            ]).ToList(),
            [0.55, 1, 1, 1.35, 1.6]));
        return elements;
    }

    /// <summary>What the manifest hashes for a request: everything the pack shows of it, the frozen evidence included.</summary>
    public static object Record(PromotionRequestView r) => new
    {
        r.Id, r.ModelKey, r.VersionLabel, r.Kind, r.TargetStage, r.RequestedBy, r.RequestedAt, r.Rationale, r.ChangeClass, r.RiskTier,
        r.RequiredApprovals, r.CountedApprovals, r.State, r.DecidedAt, r.PromotedAt, r.EndedBecause, r.CabReviewId, r.Evidence,
        Signatures = r.Signatures.Select(s => new { s.Id, s.PrintedName, s.SignedAt, s.Decision, s.Meaning, s.Comment, s.AuthenticationMethod, s.AuthenticatedAt, s.Counts, s.InvalidationReason }).ToList(),
    };

    private static IEnumerable<DocumentElement> Evidence(EvidenceSnapshot evidence)
    {
        var f = evidence.Facts;
        yield return new HeadingElement(4, $"Evidence frozen at the request ({PackText.Time(evidence.TakenAt)})", InContents: false);
        yield return new TableElement(null,
        [
            [TableCell.Text("Model card"), f.CardRevision is { } rev
                ? new TableCell([new TextRun($"revision {rev}, {(f.CardComplete ? "complete" : "incomplete")}, SHA-256 "), new TextRun(f.CardContentHash ?? "—", RunStyle.Code)])
                : TableCell.Text("no model card")],
            [TableCell.Text("Evaluations"), f.Evaluations.Count == 0 ? TableCell.Text("none recorded")
                : new TableCell(f.Evaluations.SelectMany((e, i) => new[]
                {
                    new TextRun(i == 0 ? "" : "\n"), new TextRun(e.Id.ToString(), RunStyle.Code),
                    new TextRun($" {(e.Passed ? "passed" : "failed")} {PackText.Time(e.FinishedAt)}, {e.GoldenSet} v{e.GoldenSetVersion}, {e.EvaluatorName} {e.EvaluatorVersion}"),
                }).ToList())],
            [TableCell.Text("Drift policy"), f.DriftPolicyHash is null ? TableCell.Text("none defined")
                : new TableCell([
                    new TextRun(string.Join("; ", f.DriftThresholds.Select(t =>
                        $"{t.Monitored} {DriftThresholdsSection.MethodName(t.Method)} warning {PackText.Number(t.Warning)}, critical {PackText.Number(t.Critical)}")) + "; SHA-256 "),
                    new TextRun(f.DriftPolicyHash, RunStyle.Code)])],
            [TableCell.Text("Reproducibility"), f.ReproducibilityCheckId is { } check
                ? new TableCell([new TextRun($"{(f.ReproducibilityPassed == true ? "passed" : "FAILED")}, checked {PackText.Time(f.ReproducibilityCheckedAt)}, check "),
                    new TextRun(check.ToString(), RunStyle.Code)])
                : TableCell.Text("no check recorded")],
            [TableCell.Text("CAB decision"), TableCell.Text(f.Cab is { } cab ? $"{(cab.Approving ? "approving" : "not approving")}: {cab.Summary} ({PackText.Time(cab.DecidedAt)})"
                : f.ChangeClass == Models.ChangeClass.Major ? "none recorded" : "not needed for a Minor change")],
            [TableCell.Text("Evidence fingerprint"), TableCell.Code(evidence.Fingerprint)],
        ], [1, 3.2]);
        yield return new TableElement(
            [TableCell.Text("Gate at the request"), TableCell.Text("Result"), TableCell.Text("Detail")],
            evidence.Gates.Select(g => (IReadOnlyList<TableCell>)[TableCell.Text(g.Gate.ToString()), TableCell.Text(g.Passed ? "pass" : "FAIL"), TableCell.Text(g.Detail)]).ToList(),
            [1.1, 0.45, 3]);
    }

    private static IEnumerable<DocumentElement> Signatures(PromotionRequestView r)
    {
        yield return new HeadingElement(4, "Signatures", InContents: false);
        if (r.Signatures.Count == 0)
        {
            yield return new ParagraphElement("No one has signed this request.");
            yield break;
        }
        yield return new TableElement(
            [TableCell.Text("Signed by"), TableCell.Text("Time (UTC)"), TableCell.Text("Decision and meaning"), TableCell.Text("Comment"),
                TableCell.Text("Signing method"), TableCell.Text("Status")],
            r.Signatures.OrderBy(s => s.SignedAt).Select(s => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(s.PrintedName), TableCell.Text(PackText.Time(s.SignedAt)), TableCell.Text($"{s.Decision}: {s.Meaning}"),
                TableCell.Text(string.IsNullOrWhiteSpace(s.Comment) ? "—" : s.Comment), TableCell.Text(MethodText(s)),
                s.Counts || s.InvalidationReason is null ? TableCell.Text(s.Decision == SignatureDecision.Reject ? "valid; rejected the request" : "valid, counts")
                    : new TableCell([new TextRun("INVALIDATED", RunStyle.Bold), new TextRun(": " + s.InvalidationReason)]),
            ]).ToList(),
            [0.8, 0.85, 1.1, 1, 1, 1.25]);
    }

    private static string MethodText(SignatureView s) => s.AuthenticationMethod switch
    {
        SigningMethod.IdentityProviderReauthentication => $"Fresh sign-in at the identity provider ({PackText.Time(s.AuthenticatedAt)})",
        SigningMethod.ConfirmedIdentity => "Identity confirmed in the signature dialog (development sign-in)",
        _ => s.AuthenticationMethod.ToString(),
    };

    private static string KindText(PromotionKind kind) => kind == PromotionKind.Rollback ? "Rollback" : "Promotion";

    private static string StateText(PromotionRequestView r) => r.State switch
    {
        PromotionState.Promoted => $"promoted {PackText.Time(r.PromotedAt)}",
        PromotionState.Rejected when r.EndedBecause is not null => $"ended by the change advisory board's rejection {PackText.Time(r.DecidedAt)}",
        PromotionState.Rejected => $"rejected {PackText.Time(r.DecidedAt)}",
        _ => "pending",
    };

    private static string Duration(double seconds) => seconds < 120
        ? $"{seconds.ToString("0", CultureInfo.InvariantCulture)} s"
        : seconds < 7200 ? $"{(seconds / 60).ToString("0", CultureInfo.InvariantCulture)} min" : $"{(seconds / 3600).ToString("0.#", CultureInfo.InvariantCulture)} h";
}
