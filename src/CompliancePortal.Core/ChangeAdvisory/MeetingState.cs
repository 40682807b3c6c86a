namespace CompliancePortal.Core.ChangeAdvisory;

public enum MeetingState
{
    Scheduled,

    /// <summary>The chair closed the meeting; its minutes are fixed.</summary>
    Closed,
}
