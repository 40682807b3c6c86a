namespace CompliancePortal.Web.Api;

/// <summary>Body of an owner's request for the board's review of a version: why the board should look at it.</summary>
public sealed record RequestCabReviewRequest(string? Reason);
