using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.ChangeAdvisory;

public sealed class MeetingTests
{
    private static readonly DateTimeOffset Now = Reviews.Now;
    private readonly Reviews _cab = new();

    [Fact]
    public void OnlyTheChair_SchedulesAMeeting()
    {
        var definition = new MeetingDefinition("December CAB", Now.AddDays(2), 60, null, "https://meet.example.com/cab");

        Assert.Throws<AccessDeniedException>(() => CabMeeting.Schedule(_cab.Board, _cab.Ana, definition, Now));
        var meeting = CabMeeting.Schedule(_cab.Board, _cab.Chair, definition, Now);

        Assert.Equal(MeetingState.Scheduled, meeting.State);
        Assert.Equal(Now.AddDays(2).AddHours(1), meeting.EndsAt);
    }

    [Fact]
    public void AMeeting_InThePast_WithoutAPlace_OrWithABadLink_IsRefusedWithEveryReason()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => CabMeeting.Schedule(_cab.Board, _cab.Chair,
            new MeetingDefinition(" ", Now.AddHours(-2), 5, null, null), Now));
        var badLink = Assert.Throws<ValidationFailedException>(() => CabMeeting.Schedule(_cab.Board, _cab.Chair,
            new MeetingDefinition("CAB", Now.AddDays(1), 60, null, "javascript:alert(1)"), Now));

        Assert.Equal(["DurationMinutes", "Location", "StartsAt", "Title"], refused.Errors.Keys.Order());
        Assert.Contains("CallLink", badLink.Errors.Keys);
    }

    [Fact]
    public void AMeetingStartingWithinTheLastHour_CanBeRecorded_AsItBegins()
    {
        var meeting = CabMeeting.Schedule(_cab.Board, _cab.Chair, new MeetingDefinition("Ad-hoc CAB", Now.AddMinutes(-20), 30, "Room 2", null), Now);

        Assert.Equal(Now.AddMinutes(-20), meeting.StartsAt);
    }

    [Fact]
    public void Closing_BeforeTheMeetingStarted_OrTwice_IsRefused()
    {
        var meeting = _cab.Meeting;

        Assert.Throws<DomainRuleException>(() => meeting.Close(_cab.Board, _cab.Chair, [], "# Minutes", Now.AddDays(1)));
        meeting.Close(_cab.Board, _cab.Chair, ["Yuki Tanaka"], "# Minutes", Now.AddDays(2).AddHours(1));
        Assert.Throws<DomainRuleException>(() => meeting.Close(_cab.Board, _cab.Chair, [], "# Other", Now.AddDays(3)));

        Assert.Equal("# Minutes", meeting.MinutesMarkdown);
        Assert.Equal(Hashes.Sha256Hex("# Minutes"), meeting.MinutesSha256);
    }
}
