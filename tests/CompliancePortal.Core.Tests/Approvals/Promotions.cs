using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Approvals;

/// <summary>Promotion test data: a model with its people, complete evidence, and helpers to vary one fact at a time.</summary>
internal sealed class Promotions
{
    public static readonly DateTimeOffset Now = Build.Now;

    public Promotions(RiskTier tier = RiskTier.High, ChangeClass changeClass = ChangeClass.Major)
    {
        Model = Build.Model(tier, Owner.PersonId, Backup.PersonId);
        var trainedOn = Build.DatasetVersion();
        Version = ModelVersion.Register(Model, Build.Registration(changeClass, trainedOn), [trainedOn],
            changeClass == ChangeClass.Major ? null : new HashSet<Guid> { trainedOn.Dataset!.SourceSystemId }, Owner.PersonId!.Value, Now.AddDays(-10));
    }

    public Actor Owner { get; } = Person("Olivia Owens", PortalRoles.ModelOwner);

    public Actor Backup { get; } = Person("Bruno Backup", PortalRoles.ModelOwner);

    public Actor Officer { get; } = Person("Priya Raman", PortalRoles.ComplianceOfficer);

    public Actor SecondOfficer { get; } = Person("Daniel Okafor", PortalRoles.ComplianceOfficer, PortalRoles.CabMember);

    public Actor Admin { get; } = Person("Alex Morgan", PortalRoles.Administrator);

    public Model Model { get; }

    public ModelVersion Version { get; }

    public static Actor Person(string name, params string[] roles) => new(Guid.NewGuid(), name, roles.ToHashSet());

    public static string EmailOf(Actor actor) => $"{actor.DisplayName.Split(' ')[0].ToLowerInvariant()}@contoso.example";

    public static SigningAuthentication FreshFor(Actor actor) => SigningAuthentication.Confirmed(EmailOf(actor));

    public static readonly SigningPolicy DevelopmentSigning = new(SigningMethod.ConfirmedIdentity);

    public static EvaluationFact PassingEvaluation(int daysAgo = 2, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), true, Now.AddDays(-daysAgo), "holdout-2026", 3, true, "onnx-runtime", "1.31.1", true);

    /// <summary>Every gate passes: owner, complete card, a recent passing evaluation, drift thresholds, a passed check, an approving CAB.</summary>
    public static PromotionFacts CompleteFacts(ChangeClass changeClass = ChangeClass.Major) => new(
        "Olivia Owens", 4, new string('a', 64), true, [], [PassingEvaluation()], 30,
        [new DriftThreshold("debt_to_income", DriftMethod.Psi, 0.1, 0.25)], new string('d', 64),
        Guid.NewGuid(), true, Now.AddHours(-1), changeClass,
        changeClass == ChangeClass.Major ? new CabDecision(Guid.NewGuid(), CabReviewStatus.Approved, "approved the change at the November board", Now.AddDays(-1)) : null);

    public static EvidenceSnapshot Evidence(PromotionFacts? facts = null) => PromotionPolicy.Evaluate(facts ?? CompleteFacts(), Now);

    public static PromotionSubmission Submission(string rationale = "Better calibration on thin-file applicants.") =>
        new(ModelStage.Production, rationale, ModelStage.Staging);

    public PromotionRequest Request(Actor? requester = null, EvidenceSnapshot? evidence = null) =>
        PromotionRequest.Submit(Model, Version, requester ?? Owner, Submission(), evidence ?? Evidence(), Now);

    public SignOutcome Sign(PromotionRequest request, Actor signer, SignatureDecision decision = SignatureDecision.Approve,
        EvidenceSnapshot? current = null, string? comment = null, SigningAuthentication? proof = null, DateTimeOffset? at = null) =>
        request.Sign(Model, signer, EmailOf(signer), decision, comment, proof ?? FreshFor(signer), DevelopmentSigning,
            current ?? request.Evidence, at ?? Now.AddMinutes(30));

    public static PromotionRefusal Refusal(Exception e) => Assert.IsAssignableFrom<Exception>(e) switch
    {
        AccessDeniedException or DomainRuleException => new PromotionRefusal(
            Enum.Parse<PromotionRule>(e.Message["Refused by rule ".Length..e.Message.IndexOf(':')]), e.Message, e is AccessDeniedException),
        _ => throw new Xunit.Sdk.XunitException($"Not a promotion refusal: {e.GetType().Name}: {e.Message}"),
    };
}
