using System.Globalization;
using System.Text;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>
/// The minutes of a meeting as Markdown: attendance, and for each agenda item the change, its risk, every vote, the
/// recusals, the tally and the decision with its conditions — or that it was deferred. Written once, when the meeting
/// closes, and kept with its hash; the PDF is rendered from this same text.
/// </summary>
public static class MeetingMinutes
{
    public static MeetingAttendance Attendance(CabMeeting meeting, ChangeAdvisoryBoard board, IEnumerable<ChangeReview> items)
    {
        var members = board.Members.Select(m => m.PersonId).ToHashSet();
        var votes = items.SelectMany(i => i.Votes).Where(v => members.Contains(v.MemberId)).ToList();
        var present = votes.Where(v => v.CastAt >= meeting.StartsAt).Select(v => v.MemberId).Append(board.ChairId).Distinct().ToList();
        var inAdvance = votes.Select(v => v.MemberId).Distinct().Except(present).ToList();
        var absent = members.Except(present).Except(inAdvance).ToList();
        return new MeetingAttendance(present, inAdvance, absent);
    }

    public static string Write(CabMeeting meeting, ChangeAdvisoryBoard board, IReadOnlyList<ChangeReview> items, IReadOnlyDictionary<Guid, Models.Model> models,
        IReadOnlyDictionary<Guid, string> people, MeetingAttendance attendance, DateTimeOffset closedAt)
    {
        var md = new StringBuilder();
        md.Append("# Minutes: ").AppendLine(Inline(meeting.Title)).AppendLine();
        Field(md, "Board", board.Name);
        Field(md, "Meeting", $"{Time(meeting.StartsAt)} UTC, {meeting.DurationMinutes} minutes");
        if (meeting.Location is not null)
        {
            Field(md, "Location", meeting.Location);
        }
        if (meeting.CallLink is not null)
        {
            Field(md, "Call", meeting.CallLink);
        }
        Field(md, "Chair", Name(people, board.ChairId));
        Field(md, "Rules", $"quorum {board.Quorum} member(s) taking part (abstentions count as present); decision by {CabWords.Rule(board.DecisionRule)} of the votes cast");
        Field(md, "Closed", $"{Time(closedAt)} UTC by {Name(people, board.ChairId)}");
        md.AppendLine();

        md.AppendLine("## Attendance").AppendLine();
        md.Append("- Present: ").AppendLine(Names(people, attendance.Present));
        md.Append("- Voted in advance only: ").AppendLine(Names(people, attendance.VotedInAdvance));
        md.Append("- Absent: ").AppendLine(Names(people, attendance.Absent));
        md.AppendLine();

        md.AppendLine("## Agenda").AppendLine();
        if (items.Count == 0)
        {
            md.AppendLine("The agenda was empty.").AppendLine();
        }
        var number = 0;
        foreach (var item in items)
        {
            Item(md, ++number, item, board, models[item.ModelId], people);
        }
        return md.ToString();
    }

    private static void Item(StringBuilder md, int number, ChangeReview item, ChangeAdvisoryBoard board, Models.Model model,
        IReadOnlyDictionary<Guid, string> people)
    {
        var outcome = item.Outcome is { } decided ? CabWords.Outcome(decided) : "Deferred: no decision at this meeting";
        md.Append("### ").Append(number).Append(". ").Append(Inline(item.ModelKey)).Append(' ').Append(Inline(item.VersionLabel)).Append(" — ")
            .AppendLine(outcome).AppendLine();
        Field(md, "Change", $"{item.ChangeClass} change, {Source(item.Source)}, requested by {item.RequestedByName} on {Time(item.OpenedAt)} UTC");
        Field(md, "Risk", item.RiskScore is { } score ? $"{score} (likelihood {item.Likelihood}, impact {item.Impact})" : "not assessed");
        if (item.WhatChanges is not null)
        {
            Field(md, "What changes", item.WhatChanges);
            Field(md, "Why", item.Why!);
            Field(md, "Impact if it fails", item.ImpactIfItFails!);
            Field(md, "Test evidence", item.TestEvidence!);
            Field(md, "Rollback plan", item.RollbackPlan!);
            Field(md, "Responsible", item.Responsible!);
        }
        md.AppendLine();

        var votes = item.Votes.OrderBy(v => v.CastAt).ToList();
        if (votes.Count == 0)
        {
            md.AppendLine("No votes were cast.").AppendLine();
        }
        else
        {
            md.AppendLine("| Member | Vote | Conditions or reason | Cast (UTC) |").AppendLine("| --- | --- | --- | --- |");
            foreach (var vote in votes)
            {
                md.Append("| ").Append(Cell(vote.MemberName)).Append(" | ").Append(CabWords.Choice(vote.Choice)).Append(" | ")
                    .Append(Cell(vote.Conditions ?? vote.Reason ?? "")).Append(" | ").Append(Time(vote.CastAt)).AppendLine(" |");
            }
            md.AppendLine();
        }
        var round = item.BoardId == board.Id ? item.Round(board, model) : null;
        var recused = (item.IsDecided ? item.DecidedRecused : round?.Recused.ToList() ?? []).Select(id => Name(people, id)).Order(StringComparer.Ordinal).ToList();
        md.Append("- Recused: ").AppendLine(recused.Count == 0 ? "nobody" : string.Join(", ", recused.Select(Inline)) + " (requested or owns the change)");
        var tally = item.DecidedTally ?? round?.Tally;
        if (tally is not null)
        {
            md.Append("- Tally: ").Append(tally.Approvals).Append(" for, ").Append(tally.Reject).Append(" against, ").Append(tally.Abstain)
                .Append(" abstaining; ").Append(tally.Present).Append(" of ").Append(tally.Quorum).Append(" needed present, quorum ")
                .AppendLine(tally.QuorumReached ? "reached" : "not reached");
        }
        md.Append("- Decision: ").AppendLine(item.DecidedAt is { } at
            ? $"{outcome}, closed by {Inline(item.DecidedByName ?? "")} at {Time(at)} UTC; final"
            : "none; the item goes to a later meeting with the votes already cast");
        if (item.Conditions.Count > 0)
        {
            md.AppendLine("- Conditions, to be marked done by the owner and confirmed by the chair before promotion:");
            foreach (var condition in item.Conditions.OrderBy(c => c.Number))
            {
                md.Append("  ").Append(condition.Number).Append(". ").Append(Inline(condition.Text)).Append(" (").Append(Inline(condition.SetBy)).AppendLine(")");
            }
        }
        md.AppendLine();
    }

    private static void Field(StringBuilder md, string name, string value) =>
        md.Append("**").Append(name).Append(":** ").Append(Inline(value)).AppendLine("  ");

    private static string Name(IReadOnlyDictionary<Guid, string> people, Guid id) => people.TryGetValue(id, out var name) ? name : id.ToString();

    private static string Names(IReadOnlyDictionary<Guid, string> people, IEnumerable<Guid> ids)
    {
        var names = ids.Select(id => Inline(Name(people, id))).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "nobody" : string.Join(", ", names);
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Source(ChangeReviewSource source) => source switch
    {
        ChangeReviewSource.MajorChange => "opened by its promotion request",
        ChangeReviewSource.RollbackFollowUp => "follow-up of a rollback on the expedited path",
        _ => "review asked for by the owner",
    };

    /// <summary>People's text on one line, with Markdown's own characters escaped so a member's words cannot restructure the minutes.</summary>
    internal static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (@"\`*_{}[]<>()#+-!|~".Contains(c))
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Cell(string text) => Inline(text);
}
