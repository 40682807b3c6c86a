namespace CompliancePortal.Web.Api;

/// <summary>
/// Body of an agenda item: the assessed review to put on the meeting, when votes start to count (default now, so members
/// can vote before the meeting) and an optional deadline after which a vote is late.
/// </summary>
public sealed record AddAgendaItemRequest(Guid? ReviewId, DateTimeOffset? VotingOpensAt, DateTimeOffset? VotingClosesAt);
