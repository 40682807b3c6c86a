using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// How the board's reviews of a version read on paper: why each change came, its risk assessment, the meeting, a table of
/// the votes with the recusals, the tally and the decision, and the conditions with who met and who confirmed them.
/// </summary>
internal static class ChangeAdvisoryLayout
{
    public static IReadOnlyList<DocumentElement> Version(string version, IReadOnlyList<CabReviewRecord> reviews, AuditPackManifest manifest, string section)
    {
        var elements = new List<DocumentElement> { new HeadingElement(2, $"Change advisory board reviews of version {version}") };
        if (reviews.Count == 0)
        {
            elements.Add(new ParagraphElement($"No change advisory board review was opened for {version}."));
            return elements;
        }
        elements.Add(new ParagraphElement($"{reviews.Count} review(s) of {version}, oldest first. Each member's vote is shown as it stood when voting " +
            "closed (or stands now, for an undecided review); every vote cast or changed is in the audit events."));
        foreach (var r in reviews.OrderBy(r => r.OpenedAt))
        {
            manifest.AddRecord(section, $"CAB review {r.Id} of {version}", r);
            elements.Add(new HeadingElement(3, $"{SourceTitle(r.Source)} opened {PackText.Time(r.OpenedAt)}: {OutcomeText(r.Outcome)}", InContents: false));
            elements.Add(TableElement.KeyValues(
            [
                ("Review", r.Id.ToString()),
                ("Board", r.Board is { } b
                    ? $"{b.Name}, chaired by {b.Chair}; quorum {b.Quorum} member(s) taking part, decision by {CabWords.Rule(b.Rule)} of the votes cast"
                    : "no board covers this model yet; an administrator must set one up"),
                ("Why it came", SourceText(r.Source)),
                ("Reason given", r.Reason),
                ("Change class", r.ChangeClass.ToString()),
                ("Promotion request", r.PromotionRequestId?.ToString() ?? "—"),
                ("Requested by", r.RequestedBy),
                ("Requested at", PackText.Time(r.OpenedAt)),
            ]));
            elements.AddRange(Assessment(r));
            elements.AddRange(Meeting(r));
            elements.AddRange(Votes(r));
            elements.AddRange(Decision(r));
            elements.AddRange(Conditions(r));
        }
        return elements;
    }

    /// <summary>
    /// Lists the stored SHA-256 of the minutes of every closed meeting the reviews were decided at, once per meeting,
    /// earliest first; the minutes themselves are kept by the portal and downloadable from the meeting's page.
    /// </summary>
    public static void Minutes(IEnumerable<CabReviewRecord> reviews, AuditPackManifest manifest, string section)
    {
        var meetings = reviews.Select(r => r.Meeting).OfType<CabMeetingRecord>().Where(m => m.MinutesSha256 is not null)
            .DistinctBy(m => m.Id).OrderBy(m => m.StartsAt);
        foreach (var m in meetings)
        {
            manifest.Add(section, $"Minutes of CAB meeting \"{m.Title}\" of {PackText.Time(m.StartsAt)}", m.MinutesSha256!);
        }
    }

    private static IEnumerable<DocumentElement> Assessment(CabReviewRecord r)
    {
        yield return new HeadingElement(4, "Risk assessment", InContents: false);
        if (r.Assessment is not { } a)
        {
            yield return new ParagraphElement($"{r.RequestedBy} has not filled in the risk assessment; the board votes only on an assessed change.");
            yield break;
        }
        yield return TableElement.KeyValues(
        [
            ("What changes", a.WhatChanges ?? "—"),
            ("Why", a.Why ?? "—"),
            ("Likelihood × impact", $"{a.Likelihood} × {a.Impact} → score {a.Score} ({(int)a.Likelihood * (int)a.Impact} on the 3 × 3 matrix)"),
            ("Impact if it fails", a.ImpactIfItFails ?? "—"),
            ("Test evidence", a.TestEvidence ?? "—"),
            ("Rollback plan", a.RollbackPlan ?? "—"),
            ("Responsible", a.Responsible ?? "—"),
            ("Assessed at", PackText.Time(r.AssessedAt)),
        ]);
    }

    private static IEnumerable<DocumentElement> Meeting(CabReviewRecord r)
    {
        yield return new HeadingElement(4, "Meeting", InContents: false);
        if (r.Meeting is not { } m)
        {
            yield return new ParagraphElement(r.Outcome is null
                ? "Not on a meeting's agenda: waiting for the chair to put it on one (or deferred from an earlier meeting)."
                : "The meeting is no longer on record.");
            yield break;
        }
        var rows = new List<IReadOnlyList<TableCell>>
        {
            new[] { TableCell.Text("Meeting"), TableCell.Text(m.Title) },
            new[] { TableCell.Text("Date"), TableCell.Text(PackText.Time(m.StartsAt)) },
            new[] { TableCell.Text("Voting window"), TableCell.Text(VotingWindow(r)) },
            new[]
            {
                TableCell.Text("Minutes"), m.MinutesSha256 is { } minutes
                    ? new TableCell([new TextRun($"fixed when the meeting closed at {PackText.Time(m.ClosedAt)}; SHA-256 (as stored) "), new TextRun(minutes, RunStyle.Code)])
                    : TableCell.Text("not written yet: the meeting has not closed"),
            },
        };
        yield return new TableElement(null, rows, [1, 2.5]);
    }

    private static IEnumerable<DocumentElement> Votes(CabReviewRecord r)
    {
        yield return new HeadingElement(4, "Votes", InContents: false);
        if (r.Votes.Count == 0)
        {
            yield return new ParagraphElement("No votes were cast.");
        }
        else
        {
            yield return new TableElement(
                [TableCell.Text("Member"), TableCell.Text("Vote"), TableCell.Text("Conditions or reason"), TableCell.Text("Cast at (UTC)")],
                r.Votes.OrderBy(v => v.CastAt).Select(v => (IReadOnlyList<TableCell>)
                [
                    TableCell.Text(v.Member), TableCell.Text(CabWords.Choice(v.Choice)), TableCell.Text(v.Conditions ?? v.Reason ?? "—"),
                    TableCell.Text(PackText.Time(v.CastAt)),
                ]).ToList(),
                [0.95, 1, 1.9, 1.5]);
        }
        yield return new ParagraphElement(r.Recused.Count == 0
            ? "Recused: nobody (no member of the board requested or owns the change)."
            : $"Recused: {string.Join(", ", r.Recused)} (requested or owns the change; a member cannot vote on their own change).");
    }

    private static IEnumerable<DocumentElement> Decision(CabReviewRecord r)
    {
        yield return new HeadingElement(4, "Decision", InContents: false);
        var rows = new List<(string, string)>();
        if (r.Tally is { } t)
        {
            rows.Add(("Tally", $"{t.Approvals} for ({t.ApproveWithConditions} of them with conditions), {t.Reject} against, {t.Abstain} abstaining, " +
                $"{t.Recused} recused; {t.Present} of the {t.Quorum} needed took part, quorum {(t.QuorumReached ? "reached" : "not reached")}; " +
                $"{CabWords.Rule(t.Rule)} of the votes cast {(t.RuleMet ? "met" : "not met")}"));
        }
        rows.Add(("Outcome", r.Outcome is { } o ? OutcomeText(o) + " (final)" : "not decided yet"));
        rows.Add(("Closed by", r.DecidedBy ?? "—"));
        rows.Add(("Decided at", PackText.Time(r.DecidedAt)));
        rows.Add(r.Source == ChangeReviewSource.RollbackFollowUp
            ? ("For the promotion", "a rollback's follow-up: the rollback went ahead on the expedited path; the board's decision is on record, not a gate")
            : ("For the promotion's CAB gate", r.Standing));
        yield return TableElement.KeyValues(rows);
    }

    private static IEnumerable<DocumentElement> Conditions(CabReviewRecord r)
    {
        if (r.Conditions.Count == 0)
        {
            yield break;
        }
        yield return new HeadingElement(4, "Conditions", InContents: false);
        yield return new ParagraphElement("Each condition is marked done by the model's owner and then confirmed by the chair; only then does it stop blocking the promotion.");
        yield return new TableElement(
            [TableCell.Text("#"), TableCell.Text("Condition (set by)"), TableCell.Text("Marked done"), TableCell.Text("Confirmed by the chair")],
            r.Conditions.OrderBy(c => c.Number).Select(c => (IReadOnlyList<TableCell>)
            [
                TableCell.Text(c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                TableCell.Text($"{c.Text} ({c.SetBy})"),
                TableCell.Text(c.DoneBy is null ? "not yet" : $"{c.DoneBy}, {PackText.Time(c.DoneAt)}" + (c.DoneNote is null ? "" : $": {c.DoneNote}")),
                TableCell.Text(c.ConfirmedBy is null ? "not yet" : $"{c.ConfirmedBy}, {PackText.Time(c.ConfirmedAt)}"),
            ]).ToList(),
            [0.25, 1.8, 1.6, 1.45]);
    }

    private static string VotingWindow(CabReviewRecord r) => r.VotingOpensAt is not { } opens
        ? "—"
        : $"from {PackText.Time(opens)} " + (r.VotingClosesAt is { } closes ? $"until {PackText.Time(closes)} at the latest" : "until the chair closed the item");

    private static string SourceTitle(ChangeReviewSource source) => source switch
    {
        ChangeReviewSource.MajorChange => "Major change review",
        ChangeReviewSource.RollbackFollowUp => "Rollback follow-up review",
        _ => "Owner-requested review",
    };

    private static string SourceText(ChangeReviewSource source) => source switch
    {
        ChangeReviewSource.MajorChange => "Major change: opened by its promotion request",
        ChangeReviewSource.RollbackFollowUp => "Rollback follow-up: opened after a rollback on the expedited path",
        _ => "Owner-requested: the model's owner asked for the board's review",
    };

    private static string OutcomeText(CabOutcome? outcome) => outcome is { } decided ? CabWords.Outcome(decided).ToLowerInvariant() : "not decided yet";

}
