using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.Revalidation;

/// <summary>
/// The periodic re-examination of one model, answering one due date. It is signed off only when both the model's
/// owner (or backup owner) and a compliance officer who does not own the model have signed: the people who run the
/// model and an independent second line must both put their names to it.
/// </summary>
public sealed class RevalidationReview
{
    public const int MaxCommentsLength = 4000;

    private RevalidationReview() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public string ModelKey { get; private set; } = "";

    /// <summary>The version in Production when the review was opened; null when the model had none.</summary>
    public string? ProductionVersionLabel { get; private set; }

    /// <summary>The due date this review answers; with <see cref="ModelId"/> it identifies the review, so a job run twice opens it once.</summary>
    public DateTimeOffset DueAt { get; private set; }

    public Guid? EvaluationRunId { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public RevalidationReviewState State { get; private set; }

    public RevalidationSignature? OwnerSignature { get; private set; }

    public RevalidationSignature? ComplianceOfficerSignature { get; private set; }

    /// <summary>The compliance officer's verdict: the second line decides, the owner's view stays on record beside it.</summary>
    public RevalidationOutcome? Outcome { get; private set; }

    public DateTimeOffset? SignedOffAt { get; private set; }

    public bool IsOpen => State == RevalidationReviewState.Open;

    /// <summary>A failed revalidation must be visible on the model until something is done about it.</summary>
    public bool RaisesAlert => Outcome == RevalidationOutcome.Fail;

    public static RevalidationReview Open(RevalidationSchedule schedule, DateTimeOffset at, Guid? evaluationRunId = null) => new()
    {
        Id = Guid.CreateVersion7(at),
        ModelId = schedule.ModelId,
        ModelKey = schedule.ModelKey,
        ProductionVersionLabel = schedule.ProductionVersionLabel,
        DueAt = schedule.DueAt,
        EvaluationRunId = evaluationRunId,
        OpenedAt = at,
        State = RevalidationReviewState.Open,
    };

    public bool Answers(Guid modelId, DateTimeOffset dueAt) => ModelId == modelId && DueAt == dueAt;

    /// <summary>
    /// The evaluation usually finishes after the review is opened. Once someone has signed, the evidence they signed
    /// must not change under them.
    /// </summary>
    public void AttachEvaluation(Guid evaluationRunId)
    {
        EnsureOpen();
        if (OwnerSignature is not null || ComplianceOfficerSignature is not null)
        {
            throw new DomainRuleException("The evaluation cannot change after someone has signed the review: they signed the evidence as it was.");
        }
        EvaluationRunId = evaluationRunId;
    }

    public void SignAsOwner(Model model, Actor signer, RevalidationOutcome outcome, string? comments, DateTimeOffset at)
    {
        var signature = Signature(model, signer, outcome, comments, at);
        if (RevalidationSignOff.OwnerRefusal(signer, Signatures, model.OwnerId, model.BackupOwnerId) is { } refusal)
        {
            throw refusal;
        }
        OwnerSignature = signature;
        CompleteWhenBothSigned(at);
    }

    public void SignAsComplianceOfficer(Model model, Actor signer, RevalidationOutcome outcome, string? comments, DateTimeOffset at)
    {
        var signature = Signature(model, signer, outcome, comments, at);
        if (RevalidationSignOff.ComplianceOfficerRefusal(signer, Signatures, model.OwnerId, model.BackupOwnerId) is { } refusal)
        {
            throw refusal;
        }
        ComplianceOfficerSignature = signature;
        CompleteWhenBothSigned(at);
    }

    private ReviewSignatures Signatures => new(IsOpen, OwnerSignature, ComplianceOfficerSignature);

    public object Snapshot() => new
    {
        Id, ModelId, ModelKey, ProductionVersionLabel, DueAt, EvaluationRunId, OpenedAt,
        State = State.ToString(),
        OwnerSignature, ComplianceOfficerSignature,
        Outcome = Outcome?.ToString(),
        SignedOffAt,
    };

    /// <summary>The checks both signatures share, in the order a person would want to hear about them.</summary>
    private RevalidationSignature Signature(Model model, Actor signer, RevalidationOutcome outcome, string? comments, DateTimeOffset at)
    {
        if (model.Id != ModelId)
        {
            throw new ArgumentException($"This review belongs to model '{ModelKey}', not '{model.Key}'.", nameof(model));
        }
        EnsureOpen();
        var personId = signer.RequirePerson();
        var text = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        new ValidationErrors()
            .When(!Enum.IsDefined(outcome), nameof(Outcome), "Choose an outcome: pass, pass with findings, or fail.")
            .When(outcome is RevalidationOutcome.PassWithFindings or RevalidationOutcome.Fail && text is null, "Comments",
                "A pass with findings or a fail needs comments that say what was found.")
            .When(text?.Length > MaxCommentsLength, "Comments", $"Comments can be at most {MaxCommentsLength} characters.")
            .ThrowIfAny();
        return new RevalidationSignature(personId, signer.DisplayName, outcome, text, at);
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("This revalidation review is already signed off; open a new review to revalidate again.");
        }
    }

    private void CompleteWhenBothSigned(DateTimeOffset at)
    {
        if (OwnerSignature is null || ComplianceOfficerSignature is null)
        {
            return;
        }
        Outcome = ComplianceOfficerSignature.Outcome;
        SignedOffAt = at;
        State = RevalidationReviewState.SignedOff;
    }
}
