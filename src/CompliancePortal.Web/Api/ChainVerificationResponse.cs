namespace CompliancePortal.Web.Api;

/// <summary><see cref="Sequence"/> is the first event that fails verification, when the chain is invalid.</summary>
public sealed record ChainVerificationResponse(bool Valid, long CheckedEvents, long? Sequence, string? Reason, string? LastHash);
