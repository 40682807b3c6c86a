using System.Text.Json;
using System.Text.Json.Serialization;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Approvals;

/// <summary>
/// A request to put one model version into Production, with the evidence snapshot frozen when it was made and the
/// signatures it collects. Approved by its last required signature, after which the promotion itself moves the alias.
/// </summary>
public sealed class PromotionRequest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly List<PromotionSignature> _signatures = [];

    private PromotionRequest() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public string ModelKey { get; private set; } = "";

    public Guid ModelVersionId { get; private set; }

    public string VersionLabel { get; private set; } = "";

    public PromotionKind Kind { get; private set; }

    public ModelStage TargetStage { get; private set; }

    /// <summary>Where the version in Production when the request is carried out goes.</summary>
    public ModelStage PreviousVersionStage { get; private set; }

    public Guid RequestedById { get; private set; }

    public string RequestedByName { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public string Rationale { get; private set; } = "";

    public ChangeClass ChangeClass { get; private set; }

    public RiskTier RiskTier { get; private set; }

    public int RequiredApprovals { get; private set; }

    public string EvidenceJson { get; private set; } = "{}";

    public string EvidenceFingerprint { get; private set; } = "";

    public PromotionState State { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateTimeOffset? PromotedAt { get; private set; }

    /// <summary>Why the request ended without a signature: the change-advisory board rejected the change.</summary>
    public string? EndedBecause { get; private set; }

    public IReadOnlyList<PromotionSignature> Signatures => _signatures;

    public EvidenceSnapshot Evidence => JsonSerializer.Deserialize<EvidenceSnapshot>(EvidenceJson, Json)!;

    public bool IsPending => State == PromotionState.Pending;

    /// <summary>From request to the alias switching; the rollback target is well under an hour.</summary>
    public TimeSpan? Elapsed => PromotedAt - RequestedAt;

    public int CountedApprovals => _signatures.Count(s => s.IsCounted && s.Decision == SignatureDecision.Approve);

    /// <summary>A request may be submitted with failing gates, so the gaps are visible; only approval needs them to pass.</summary>
    public static PromotionRequest Submit(Model model, ModelVersion version, Actor requester, PromotionSubmission submission,
        EvidenceSnapshot evidence, DateTimeOffset at)
    {
        submission.Validate();
        PromotionPolicy.CheckRequester(requester, model)?.ThrowIt();
        if (version.Stage == ModelStage.Production)
        {
            PromotionRefusal.Domain(PromotionRule.NotAlreadyInProduction, $"{model.Key} {version.Label} is already in production.").ThrowIt();
        }
        return Create(model, version, requester, submission, PromotionKind.Promotion, evidence, at);
    }

    /// <summary>
    /// A rollback to a version that was in Production before, judged on the evidence of the request that last put it
    /// there: the caller passes that snapshot, or null when the version never was in Production.
    /// </summary>
    public static PromotionRequest SubmitRollback(Model model, ModelVersion version, Actor requester, PromotionSubmission submission,
        EvidenceSnapshot? lastProductionEvidence, DateTimeOffset at)
    {
        submission.Validate();
        PromotionPolicy.CheckRequester(requester, model)?.ThrowIt();
        if (version.Stage == ModelStage.Production)
        {
            PromotionRefusal.Domain(PromotionRule.NotAlreadyInProduction, $"{model.Key} {version.Label} is in production now; there is nothing to roll back to.").ThrowIt();
        }
        if (lastProductionEvidence is null)
        {
            PromotionRefusal.Domain(PromotionRule.RollbackTargetWasInProduction,
                $"{model.Key} {version.Label} has never been in production; promote it through a normal request instead.").ThrowIt();
        }
        return Create(model, version, requester, submission, PromotionKind.Rollback, PromotionPolicy.ForRollback(lastProductionEvidence!, at), at);
    }

    /// <summary>
    /// Signs the request. Approvals given on evidence that has since changed are marked invalidated first, then the
    /// signer is checked against the segregation rules, the fresh authentication and, for an approval, every gate.
    /// </summary>
    public SignOutcome Sign(Model model, Actor signer, string signerEmail, SignatureDecision decision, string? comment,
        SigningAuthentication? proof, SigningPolicy policy, EvidenceSnapshot current, DateTimeOffset at)
    {
        if (model.Id != ModelId)
        {
            throw new ArgumentException($"This request belongs to model '{ModelKey}', not '{model.Key}'.", nameof(model));
        }
        if (!IsPending)
        {
            PromotionRefusal.Domain(PromotionRule.RequestIsPending, $"this request is already {State.ToString().ToLowerInvariant()}; it takes no more signatures.").ThrowIt();
        }
        var invalidated = InvalidateStale(current, at);
        var counted = _signatures.Where(s => s.IsCounted).Select(s => s.PersonId).ToList();
        PromotionPolicy.CheckSigner(signer, RequestedById, model, counted)?.ThrowIt();
        FreshAuthentication.Check(proof, policy, signerEmail, at)?.ThrowIt();
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        new ValidationErrors()
            .When(!Enum.IsDefined(decision), "Decision", "Choose Approve or Reject.")
            .When(decision == SignatureDecision.Reject && text is null, "Comment", "A rejection needs a comment that says why.")
            .When(text?.Length > PromotionSignature.MaxCommentLength, "Comment", $"A comment can be at most {PromotionSignature.MaxCommentLength} characters.")
            .ThrowIfAny();
        if (decision == SignatureDecision.Approve)
        {
            PromotionPolicy.CheckGates(current)?.ThrowIt();
        }

        var signature = PromotionSignature.Create(Id, signer.PersonId!.Value, signer.DisplayName, decision, MeaningOf(decision), text, proof!,
            current.Fingerprint, at);
        _signatures.Add(signature);
        if (decision == SignatureDecision.Reject)
        {
            (State, DecidedAt) = (PromotionState.Rejected, at);
        }
        return new SignOutcome(signature, invalidated, decision == SignatureDecision.Approve && CountedApprovals >= RequiredApprovals);
    }

    /// <summary>Called by the promotion once the alias has moved, in the same transaction.</summary>
    internal void MarkPromoted(DateTimeOffset at)
    {
        if (!IsPending || CountedApprovals < RequiredApprovals)
        {
            throw new InvalidOperationException("Only a pending request with all its approvals can be carried out.");
        }
        (State, DecidedAt, PromotedAt) = (PromotionState.Promoted, at, at);
    }

    /// <summary>The board rejected the change: the request ends, with the board's reasons shown to the requester.</summary>
    internal void EndByCabRejection(string reasons, DateTimeOffset at)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException("Only a pending request can be ended by the board's rejection.");
        }
        (State, DecidedAt, EndedBecause) = (PromotionState.Rejected, at, reasons.Length > 4000 ? reasons[..4000] : reasons);
    }

    public string MeaningOf(SignatureDecision decision) => (decision, Kind) switch
    {
        (SignatureDecision.Approve, PromotionKind.Rollback) => "Approved for rollback to production",
        (SignatureDecision.Approve, _) => "Approved for production",
        _ => "Rejected for production",
    };

    public object Snapshot() => new
    {
        Id, ModelId, ModelKey, ModelVersionId, VersionLabel, Kind = Kind.ToString(), TargetStage = TargetStage.ToString(),
        PreviousVersionStage = PreviousVersionStage.ToString(), RequestedById, RequestedAt, Rationale, ChangeClass = ChangeClass.ToString(),
        RiskTier = RiskTier.ToString(), RequiredApprovals, EvidenceFingerprint, State = State.ToString(), CountedApprovals, DecidedAt, PromotedAt, EndedBecause,
    };

    private static PromotionRequest Create(Model model, ModelVersion version, Actor requester, PromotionSubmission submission, PromotionKind kind,
        EvidenceSnapshot evidence, DateTimeOffset at)
    {
        if (version.ModelId != model.Id)
        {
            throw new ArgumentException("The version must belong to the model.", nameof(version));
        }
        return new PromotionRequest
        {
            Id = Guid.CreateVersion7(at),
            ModelId = model.Id,
            ModelKey = model.Key,
            ModelVersionId = version.Id,
            VersionLabel = version.Label,
            Kind = kind,
            TargetStage = ModelStage.Production,
            PreviousVersionStage = submission.PreviousVersionStage!.Value,
            RequestedById = requester.RequirePerson(),
            RequestedByName = requester.DisplayName,
            RequestedAt = at,
            Rationale = submission.Rationale!.Trim(),
            ChangeClass = version.ChangeClass,
            RiskTier = model.RiskTier,
            RequiredApprovals = PromotionPolicy.RequiredApprovals(model.RiskTier, kind),
            EvidenceJson = JsonSerializer.Serialize(evidence, Json),
            EvidenceFingerprint = evidence.Fingerprint,
            State = PromotionState.Pending,
        };
    }

    private List<PromotionSignature> InvalidateStale(EvidenceSnapshot current, DateTimeOffset at)
    {
        var stale = _signatures.Where(s => s.IsCounted && s.Decision == SignatureDecision.Approve && s.EvidenceFingerprint != current.Fingerprint).ToList();
        if (stale.Count == 0)
        {
            return stale;
        }
        var reason = $"Evidence changed after this approval: {EvidenceSnapshot.DescribeChange(Evidence.Facts, current.Facts)}. It must be signed again.";
        foreach (var signature in stale)
        {
            signature.Invalidate(reason, at);
        }
        return stale;
    }
}
