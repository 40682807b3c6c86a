using CompliancePortal.Core.ChangeAdvisory;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

public sealed class MeetingMinutesTests
{
    private static readonly DateTimeOffset Now = Reviews.Now;
    private readonly Reviews _cab = new();

    [Fact]
    public void Minutes_NameTheAttendance_EveryVote_TheRecusal_TheDecision_AndItsConditions()
    {
        var decided = _cab.OnAgenda();
        var inMeeting = _cab.Meeting.StartsAt.AddMinutes(5);
        decided.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.ApproveWithConditions, "Add the fairness analysis", null, inMeeting);
        decided.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Reject, null, "Back-test too short", Now.AddMinutes(2));
        decided.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddDays(2).AddMinutes(30));

        var minutes = Write(decided);

        Assert.Contains("# Minutes: December CAB", minutes);
        Assert.Contains("- Present: Ana Silva, Yuki Tanaka", minutes);
        Assert.Contains("- Voted in advance only: Ben Carter", minutes);
        Assert.Contains("- Absent: Olivia Owens", minutes);
        Assert.Contains("| Ana Silva | Approve with conditions | Add the fairness analysis |", minutes);
        Assert.Contains("| Ben Carter | Reject | Back\\-test too short |", minutes);
        Assert.Contains("- Recused: Olivia Owens (requested or owns the change)", minutes);
        Assert.Contains("- Tally: 1 for, 1 against, 0 abstaining; 2 of 2 needed present, quorum reached", minutes);
        Assert.Contains("credit\\-default\\-pd 2.1.0 — Rejected", minutes);
    }

    [Fact]
    public void AnUndecidedItem_IsMinutedAsDeferred()
    {
        var undecided = _cab.OnAgenda();

        var minutes = Write(undecided);

        Assert.Contains("— Deferred: no decision at this meeting", minutes);
        Assert.Contains("No votes were cast.", minutes);
        Assert.Contains("- Decision: none; the item goes to a later meeting", minutes);
    }

    [Fact]
    public void PeoplesText_CannotRestructureTheMinutes()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Reject, null, "Bad | table\n# Heading [link](javascript:x)", Now.AddMinutes(1));

        var minutes = Write(review);

        Assert.Contains(@"Bad \| table \# Heading \[link\]\(javascript:x\)", minutes);
        Assert.DoesNotContain("\n# Heading", minutes);
    }

    [Fact]
    public void TheMinutesPdf_RendersFromTheSameMarkdown()
    {
        var review = _cab.OnAgenda();
        var minutes = Write(review);

        var pdf = MinutesPdf.Render("December CAB", "Model risk CAB", minutes, Core.Common.Hashes.Sha256Hex(minutes), Now.AddDays(2));

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
    }

    private string Write(ChangeReview item)
    {
        var people = new[] { _cab.Chair, _cab.Ana, _cab.Ben, _cab.Owner }.ToDictionary(a => a.PersonId!.Value, a => a.DisplayName);
        var attendance = MeetingMinutes.Attendance(_cab.Meeting, _cab.Board, [item]);
        return MeetingMinutes.Write(_cab.Meeting, _cab.Board, [item], new Dictionary<Guid, Core.Models.Model> { [_cab.Model.Id] = _cab.Model }, people,
            attendance, Now.AddDays(2).AddHours(1));
    }
}
