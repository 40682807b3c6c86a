using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.AuditPacks.Sections;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Tests.ChangeAdvisory;
using CompliancePortal.Core.Tests.Documents;

namespace CompliancePortal.Core.Tests.AuditPacks.Sections;

public class ChangeAdvisoryLayoutTests
{
    private const string Section = "Change advisory board decisions";
    private static readonly DateTimeOffset Now = Reviews.Now;
    private readonly Reviews _cab = new();

    [Fact]
    public void Version_WithNoReview_SaysPlainlyThatNoneWasOpened_AndAddsNothingToTheManifest()
    {
        var manifest = new AuditPackManifest();

        var text = PackElements.Text(ChangeAdvisoryLayout.Version("1.0.0", [], manifest, Section));

        Assert.Contains("No change advisory board review was opened for 1.0.0.", text);
        Assert.Empty(manifest.Entries);
    }

    [Fact]
    public void Record_OfADecidedReview_RecusesTheOwnerWhoSitsOnTheBoard_AndKeepsTheVotesTallyAndConditions()
    {
        var (review, meeting) = Decided();

        var record = CabReviewRecord.From(review, _cab.Board, meeting, People(), _cab.Model);

        Assert.Equal(["Olivia Owens"], record.Recused);
        Assert.Equal(["Ana Silva", "Ben Carter"], record.Votes.Select(v => v.Member));
        Assert.Equal(new CabTally(1, 1, 0, 0, 1, 2, DecisionRule.SimpleMajority), record.Tally);
        Assert.Equal(CabOutcome.ApprovedWithConditions, record.Outcome);
        Assert.Equal("Yuki Tanaka", record.DecidedBy);
        Assert.Equal("Yuki Tanaka", record.Board!.Chair);
        var condition = Assert.Single(record.Conditions);
        Assert.Equal(("Olivia Owens", "Yuki Tanaka"), (condition.DoneBy, condition.ConfirmedBy));
        Assert.Equal(meeting.MinutesSha256, record.Meeting!.MinutesSha256);
    }

    [Fact]
    public void Version_ShowsWhyTheChangeCame_TheAssessment_TheMeeting_EveryVote_TheRecusal_TheDecision_AndWhoMetAndConfirmedEachCondition()
    {
        var (review, meeting) = Decided();

        var text = PackElements.Text(ChangeAdvisoryLayout.Version("2.0.0", [CabReviewRecord.From(review, _cab.Board, meeting, People(), _cab.Model)],
            new AuditPackManifest(), Section));

        Assert.Contains("Major change review opened 2026-11-26 09:30:00 UTC: approved with conditions", text);
        Assert.Contains("Board | Model risk CAB, chaired by Yuki Tanaka; quorum 2 member(s) taking part, decision by simple majority of the votes cast", text);
        Assert.Contains("Why it came | Major change: opened by its promotion request", text);
        Assert.Contains("Reason given | Major change", text);
        Assert.Contains("Requested by | Olivia Owens", text);
        Assert.Contains("What changes | Gradient-boosted trees replace the logistic scorecard.", text);
        Assert.Contains("Likelihood × impact | Low × Moderate → score Low (2 on the 3 × 3 matrix)", text);
        Assert.Contains("Impact if it fails | Mis-priced loans until rolled back.", text);
        Assert.Contains("Test evidence | Holdout evaluation 2026Q3, back-test 2024–2026.", text);
        Assert.Contains("Rollback plan | Roll back to 2.0.3 through the portal.", text);
        Assert.Contains("Responsible | Olivia Owens", text);
        Assert.Contains("Meeting | December CAB", text);
        Assert.Contains("Date | 2026-11-28 09:30:00 UTC", text);
        Assert.Contains($"fixed when the meeting closed at 2026-11-28 10:45:00 UTC; SHA-256 (as stored) {meeting.MinutesSha256}", text);
        Assert.Contains("Ana Silva | Approve with conditions | Back-test refreshed on the 2026Q4 book before go-live. | 2026-11-26 10:30:00 UTC", text);
        Assert.Contains("Ben Carter | Approve | — | 2026-11-26 11:30:00 UTC", text);
        Assert.Contains("Recused: Olivia Owens (requested or owns the change", text);
        Assert.Contains("Tally | 2 for (1 of them with conditions), 0 against, 0 abstaining, 1 recused; 2 of the 2 needed took part, quorum reached", text);
        Assert.Contains("Outcome | approved with conditions (final)", text);
        Assert.Contains("Closed by | Yuki Tanaka", text);
        Assert.Contains("Decided at | 2026-11-28 10:00:00 UTC", text);
        Assert.Contains("1 | Back-test refreshed on the 2026Q4 book before go-live. (Ana Silva) | Olivia Owens, 2026-11-28 11:00:00 UTC: Attached as evidence. | " +
            "Yuki Tanaka, 2026-11-28 11:15:00 UTC", text);
        Assert.Contains("with 1 condition(s), all confirmed by the chair", text);
    }

    [Fact]
    public void Rejection_ShowsTheReasonOfEachRejectingVote()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.Reject, null, "No fairness analysis for thin-file applicants.", Now.AddHours(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Abstain, null, null, Now.AddHours(2));
        review.Close(_cab.Board, _cab.Model, _cab.Chair, Now.AddHours(3));

        var text = PackElements.Text(ChangeAdvisoryLayout.Version("2.0.0", [CabReviewRecord.From(review, _cab.Board, _cab.Meeting, People(), _cab.Model)],
            new AuditPackManifest(), Section));

        Assert.Contains("Ana Silva | Reject | No fairness analysis for thin-file applicants.", text);
        Assert.Contains("Ben Carter | Abstain | —", text);
        Assert.Contains("Outcome | rejected (final)", text);
        Assert.Contains("Minutes | not written yet: the meeting has not closed", text);
        Assert.DoesNotContain("Each condition is marked done", text);
    }

    [Fact]
    public void UnassessedReview_SaysTheAssessmentIsMissing_ThatItIsOnNoAgenda_AndThatNothingIsDecided()
    {
        var review = _cab.Open();

        var text = PackElements.Text(ChangeAdvisoryLayout.Version("2.0.0", [CabReviewRecord.From(review, _cab.Board, null, People(), _cab.Model)],
            new AuditPackManifest(), Section));

        Assert.Contains("Olivia Owens has not filled in the risk assessment", text);
        Assert.Contains("Not on a meeting's agenda", text);
        Assert.Contains("No votes were cast.", text);
        Assert.Contains("Outcome | not decided yet", text);
        Assert.Contains("waiting for the requester's risk assessment", text);
    }

    [Fact]
    public void Review_IsInTheManifest_AsTheHashOfWhatThePackShows_AndTheMinutesOfItsClosedMeetingOnceWithTheirStoredHash()
    {
        var (review, meeting) = Decided();
        var record = CabReviewRecord.From(review, _cab.Board, meeting, People(), _cab.Model);
        var manifest = new AuditPackManifest();

        ChangeAdvisoryLayout.Version("2.0.0", [record], manifest, Section);
        ChangeAdvisoryLayout.Minutes([record, record with { Id = Guid.NewGuid() }], manifest, Section);

        Assert.Equal(2, manifest.Entries.Count);
        Assert.Equal(new ManifestEntry(Section, $"CAB review {review.Id} of 2.0.0", AuditPackManifest.HashOf(record)), manifest.Entries[0]);
        Assert.NotEqual(manifest.Entries[0].Sha256, AuditPackManifest.HashOf(record with { Recused = [] }));
        Assert.Equal(new ManifestEntry(Section, "Minutes of CAB meeting \"December CAB\" of 2026-11-28 09:30:00 UTC", meeting.MinutesSha256!), manifest.Entries[1]);
    }

    [Fact]
    public void Chapter_ReadBackFromThePdf_CarriesTheNamesVotesDecisionAndConditions()
    {
        var (review, meeting) = Decided();
        var elements = ChangeAdvisoryLayout.Version("2.0.0", [CabReviewRecord.From(review, _cab.Board, meeting, People(), _cab.Model)], new AuditPackManifest(), Section);

        using var pdf = new ReadBack(PdfDocumentWriter.Write(new DocumentSpec("Test", "Tester", "Test footer", [new HeadingElement(1, Section), .. elements])));

        // Letters in drawing order without white space: a table cell's wrapped lines read on, as an auditor's copy and paste would.
        var drawn = Compact(string.Concat(pdf.Pages.SelectMany(p => p.Letters).Select(l => l.Value)));
        Assert.Contains("Change advisory board reviews of version 2.0.0", pdf.AllText);
        foreach (var phrase in new[]
        {
            "Ana SilvaApprove with conditionsBack-test refreshed on the 2026Q4 book before go-live.2026-11-26 10:30:00 UTC",
            "Ben CarterApprove—2026-11-26 11:30:00 UTC", "Recused: Olivia Owens", "Outcomeapproved with conditions (final)", "Closed byYuki Tanaka",
            "Olivia Owens, 2026-11-28 11:00:00 UTC: Attached as evidence.", "Yuki Tanaka, 2026-11-28 11:15:00 UTC", meeting.MinutesSha256!,
        })
        {
            Assert.Contains(Compact(phrase), drawn);
        }
    }

    /// <summary>
    /// Ana approves with a condition and Ben approves; the owner sits on the board and is recused; the chair closes the item,
    /// the owner marks the condition done, the chair confirms it, and the meeting closes with its minutes.
    /// </summary>
    private (ChangeReview Review, CabMeeting Meeting) Decided()
    {
        var review = _cab.OnAgenda();
        review.Vote(_cab.Board, _cab.Model, _cab.Ana, CabChoice.ApproveWithConditions, "Back-test refreshed on the 2026Q4 book before go-live.", null, Now.AddHours(1));
        review.Vote(_cab.Board, _cab.Model, _cab.Ben, CabChoice.Approve, null, null, Now.AddHours(2));
        var meetingStart = _cab.Meeting.StartsAt;
        review.Close(_cab.Board, _cab.Model, _cab.Chair, meetingStart.AddMinutes(30));
        var condition = review.Conditions.Single();
        review.MarkConditionDone(_cab.Model, _cab.Owner, condition.Id, "Attached as evidence.", meetingStart.AddMinutes(90));
        review.ConfirmCondition(_cab.Board, _cab.Model, _cab.Chair, condition.Id, meetingStart.AddMinutes(105));
        _cab.Meeting.Close(_cab.Board, _cab.Chair, ["Ana Silva", "Ben Carter", "Yuki Tanaka"], "# Minutes: December CAB\n", meetingStart.AddMinutes(75));
        return (review, _cab.Meeting);
    }

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private Dictionary<Guid, string> People() => new[] { _cab.Chair, _cab.Ana, _cab.Ben, _cab.Owner }
        .ToDictionary(a => a.PersonId!.Value, a => a.DisplayName);
}
