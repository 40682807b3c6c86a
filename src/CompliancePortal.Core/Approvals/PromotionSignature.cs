namespace CompliancePortal.Core.Approvals;

/// <summary>
/// A named e-signature on a promotion request: printed name, time (UTC), meaning, comment, how the signer proved a fresh
/// authentication, and the fingerprint of the evidence signed. Never changed, except to be marked invalidated when
/// that evidence changes.
/// </summary>
public sealed class PromotionSignature
{
    public const int MaxCommentLength = 4000;

    private PromotionSignature() { }

    public Guid Id { get; private set; }

    public Guid PromotionRequestId { get; private set; }

    public Guid PersonId { get; private set; }

    public string PrintedName { get; private set; } = "";

    public SignatureDecision Decision { get; private set; }

    /// <summary>What the signature means, in the words shown beside it ("Approved for production").</summary>
    public string Meaning { get; private set; } = "";

    public string? Comment { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    public SigningMethod AuthenticationMethod { get; private set; }

    public DateTimeOffset? AuthenticatedAt { get; private set; }

    public string EvidenceFingerprint { get; private set; } = "";

    public DateTimeOffset? InvalidatedAt { get; private set; }

    public string? InvalidationReason { get; private set; }

    public bool IsCounted => InvalidatedAt is null;

    internal static PromotionSignature Create(Guid requestId, Guid personId, string printedName, SignatureDecision decision, string meaning,
        string? comment, SigningAuthentication proof, string evidenceFingerprint, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        PromotionRequestId = requestId,
        PersonId = personId,
        PrintedName = printedName,
        Decision = decision,
        Meaning = meaning,
        Comment = comment,
        SignedAt = at,
        AuthenticationMethod = proof.Method,
        AuthenticatedAt = proof.Method == SigningMethod.IdentityProviderReauthentication ? proof.AuthenticatedAt : at,
        EvidenceFingerprint = evidenceFingerprint,
    };

    internal void Invalidate(string reason, DateTimeOffset at) => (InvalidatedAt, InvalidationReason) = (at, reason);

    public object Snapshot() => new
    {
        Id, PromotionRequestId, PersonId, PrintedName, Decision = Decision.ToString(), Meaning, Comment, SignedAt,
        AuthenticationMethod = AuthenticationMethod.ToString(), AuthenticatedAt, EvidenceFingerprint, InvalidatedAt, InvalidationReason,
    };
}
