using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Tests.Approvals;

/// <summary>Submitting promotion and rollback requests, and the fresh authentication every signature needs.</summary>
public sealed class PromotionRequestTests
{
    [Fact]
    public void Request_FreezesTheEvidence_ChangeClassAndRequiredApprovals()
    {
        var p = new Promotions(RiskTier.Critical);
        var evidence = Promotions.Evidence();

        var request = p.Request(evidence: evidence);

        Assert.Equal(evidence.Fingerprint, request.EvidenceFingerprint);
        Assert.Equal(evidence.Facts.CardContentHash, request.Evidence.Facts.CardContentHash);
        Assert.Equal(evidence.Gates, request.Evidence.Gates);
        Assert.Equal(ChangeClass.Major, request.ChangeClass);
        Assert.Equal(2, request.RequiredApprovals);
        Assert.Equal(PromotionState.Pending, request.State);
    }

    [Fact]
    public void Request_WithFailingGates_IsAccepted_SoTheGapsAreVisible()
    {
        var p = new Promotions();

        var request = p.Request(evidence: Promotions.Evidence(Promotions.CompleteFacts() with { Evaluations = [], CardRevision = null }));

        Assert.False(request.Evidence.AllGatesPass);
    }

    [Fact]
    public void Request_BySomeoneWhoDoesNotOwnTheModel_IsRefused()
    {
        var p = new Promotions();

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Request(p.Officer)));

        Assert.Equal(PromotionRule.ActingOwnerRequests, refusal.Rule);
    }

    [Fact]
    public void Request_ByTheBackupOwner_IsAccepted()
    {
        var p = new Promotions();

        var request = p.Request(p.Backup);

        Assert.Equal(p.Backup.PersonId, request.RequestedById);
        Assert.Equal("Bruno Backup", request.RequestedByName);
    }

    [Fact]
    public void Request_WithBadInput_NamesEveryField()
    {
        var p = new Promotions();

        var refused = Assert.Throws<ValidationFailedException>(() =>
            PromotionRequest.Submit(p.Model, p.Version, p.Owner, new PromotionSubmission(ModelStage.Staging, " ", ModelStage.Draft), Promotions.Evidence(), Promotions.Now));

        Assert.Equal(["PreviousVersionStage", "Rationale", "TargetStage"], refused.Errors.Keys.Order());
    }

    [Fact]
    public void Rollback_ToAVersionNeverInProduction_IsRefused()
    {
        var p = new Promotions();

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() =>
            PromotionRequest.SubmitRollback(p.Model, p.Version, p.Owner, Promotions.Submission(), null, Promotions.Now)));

        Assert.Equal(PromotionRule.RollbackTargetWasInProduction, refusal.Rule);
    }

    [Fact]
    public void Rollback_OfAMajorCriticalVersion_NeedsOneApprovalAndNoCab()
    {
        var p = new Promotions(RiskTier.Critical, ChangeClass.Major);
        var whenInProduction = Promotions.Evidence(Promotions.CompleteFacts() with { Cab = null });

        var rollback = PromotionRequest.SubmitRollback(p.Model, p.Version, p.Owner, Promotions.Submission(), whenInProduction, Promotions.Now);
        var outcome = p.Sign(rollback, p.Officer);

        Assert.Equal(PromotionKind.Rollback, rollback.Kind);
        Assert.Equal(1, rollback.RequiredApprovals);
        Assert.True(outcome.ReadyToPromote);
        Assert.Equal("Approved for rollback to production", outcome.Signature.Meaning);
    }

    [Fact]
    public void Rollback_WhoseGatesFailedWhenItWasInProduction_CannotBeApproved()
    {
        var p = new Promotions(RiskTier.Low);
        var whenInProduction = Promotions.Evidence(Promotions.CompleteFacts() with { ReproducibilityPassed = false });
        var rollback = PromotionRequest.SubmitRollback(p.Model, p.Version, p.Owner, Promotions.Submission(), whenInProduction, Promotions.Now);

        Assert.Equal(PromotionRule.GatesPass, Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(rollback, p.Officer))).Rule);
    }

    [Fact]
    public void Rollback_KeepsSegregationOfDuties()
    {
        var p = new Promotions(RiskTier.Low);
        var rollback = PromotionRequest.SubmitRollback(p.Model, p.Version, p.Owner, Promotions.Submission(), Promotions.Evidence(), Promotions.Now);

        Assert.Equal(PromotionRule.ComplianceOfficerSigns, Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(rollback, p.Admin))).Rule);
    }

    [Fact]
    public void Signature_WithoutProof_OrWithSomeoneElsesIdentity_IsRefused()
    {
        var p = new Promotions(RiskTier.Low);
        var request = p.Request();

        var none = Assert.ThrowsAny<Exception>(() => request.Sign(p.Model, p.Officer, Promotions.EmailOf(p.Officer), SignatureDecision.Approve, null,
            null, Promotions.DevelopmentSigning, request.Evidence, Promotions.Now));
        var other = Assert.ThrowsAny<Exception>(() => p.Sign(request, p.Officer, proof: SigningAuthentication.Confirmed("daniel@contoso.example")));

        Assert.Equal(PromotionRule.FreshAuthentication, Promotions.Refusal(none).Rule);
        Assert.Contains("not yours", Promotions.Refusal(other).Reason);
        Assert.Empty(request.Signatures);
    }

    [Fact]
    public void ConfirmedIdentity_IgnoresCaseAndSurroundingSpace()
    {
        var p = new Promotions(RiskTier.Low);
        var request = p.Request();

        var outcome = p.Sign(request, p.Officer, proof: SigningAuthentication.Confirmed(" PRIYA@contoso.example "));

        Assert.True(outcome.ReadyToPromote);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(120, false)]
    public void IdentityProviderReauthentication_CountsForFiveMinutes(int minutesAgo, bool accepted)
    {
        var now = Promotions.Now;
        var refusal = FreshAuthentication.Check(SigningAuthentication.Reauthenticated(now.AddMinutes(-minutesAgo)), SigningPolicy.IdentityProvider,
            "priya@contoso.example", now);

        Assert.Equal(accepted, refusal is null);
    }

    [Fact]
    public void DevelopmentConfirmation_IsRefused_WhereTheIdentityProviderIsRequired()
    {
        var refusal = FreshAuthentication.Check(SigningAuthentication.Confirmed("priya@contoso.example"), SigningPolicy.IdentityProvider,
            "priya@contoso.example", Promotions.Now);

        Assert.Equal(PromotionRule.FreshAuthentication, refusal?.Rule);
        Assert.Contains("re-authentication at the identity provider", refusal?.Reason);
    }

    [Fact]
    public void AuthenticationTimeInTheFuture_IsRefused() =>
        Assert.NotNull(FreshAuthentication.Check(SigningAuthentication.Reauthenticated(Promotions.Now.AddMinutes(10)), SigningPolicy.IdentityProvider,
            "x@contoso.example", Promotions.Now));
}
