namespace CompliancePortal.Web.Api;

/// <summary>Optional body when the owner marks a condition done: a note on how it was met, for the chair who confirms it.</summary>
public sealed record ConditionDoneRequest(string? Note);
