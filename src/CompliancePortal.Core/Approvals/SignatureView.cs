namespace CompliancePortal.Core.Approvals;

/// <summary>A signature as shown wherever its request is shown.</summary>
public sealed record SignatureView(
    Guid Id,
    Guid PersonId,
    string PrintedName,
    SignatureDecision Decision,
    string Meaning,
    string? Comment,
    DateTimeOffset SignedAt,
    SigningMethod AuthenticationMethod,
    DateTimeOffset? AuthenticatedAt,
    bool Counts,
    string? InvalidationReason)
{
    public static SignatureView From(PromotionSignature s, EvidenceSnapshot? current, PromotionRequest request)
    {
        // An approval whose evidence has changed since no longer counts, even before the next signature marks it so.
        var staleNow = s.IsCounted && s.Decision == SignatureDecision.Approve && request.IsPending && current is not null
            && s.EvidenceFingerprint != current.Fingerprint;
        var reason = s.InvalidationReason ?? (staleNow
            ? $"Evidence changed after this approval: {EvidenceSnapshot.DescribeChange(request.Evidence.Facts, current!.Facts)}. It must be signed again."
            : null);
        return new SignatureView(s.Id, s.PersonId, s.PrintedName, s.Decision, s.Meaning, s.Comment, s.SignedAt, s.AuthenticationMethod,
            s.AuthenticatedAt, s.IsCounted && !staleNow, reason);
    }
}
