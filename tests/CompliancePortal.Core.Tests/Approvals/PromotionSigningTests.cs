using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Tests.Approvals;

/// <summary>Segregation of duties at the moment of signing, and how many approvals carry a request.</summary>
public sealed class PromotionSigningTests
{
    [Fact]
    public void RequesterWhoOwnsTheModelAndIsAComplianceOfficer_CannotApproveTheirOwnRequest()
    {
        var p = new Promotions();
        var ownerAndOfficer = new Actor(p.Owner.PersonId, p.Owner.DisplayName, new HashSet<string> { PortalRoles.ModelOwner, PortalRoles.ComplianceOfficer });
        var request = p.Request(ownerAndOfficer);

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, ownerAndOfficer)));

        Assert.Equal(PromotionRule.RequesterCannotSign, refusal.Rule);
        Assert.True(refusal.IsAccess);
        Assert.Empty(request.Signatures);
    }

    [Fact]
    public void ModelOwner_WhoDidNotRequest_CannotApprove()
    {
        var p = new Promotions();
        var request = p.Request(p.Backup);
        var ownerAsOfficer = new Actor(p.Owner.PersonId, p.Owner.DisplayName, new HashSet<string> { PortalRoles.ComplianceOfficer });

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, ownerAsOfficer)));

        Assert.Equal(PromotionRule.OwnerCannotSign, refusal.Rule);
    }

    [Fact]
    public void BackupOwner_CannotApproveEither()
    {
        var p = new Promotions();
        var request = p.Request();
        var backupAsOfficer = new Actor(p.Backup.PersonId, p.Backup.DisplayName, new HashSet<string> { PortalRoles.ComplianceOfficer });

        Assert.Equal(PromotionRule.OwnerCannotSign, Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, backupAsOfficer))).Rule);
    }

    [Fact]
    public void AdministratorAlone_CannotApprove_AndIsToldTheRoleGrantsNoApproval()
    {
        var p = new Promotions();
        var request = p.Request();

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, p.Admin)));

        Assert.Equal(PromotionRule.ComplianceOfficerSigns, refusal.Rule);
        Assert.Contains("Administrator role grants no approval", refusal.Reason);
    }

    [Fact]
    public void AdministratorWhoIsAlsoAnIndependentComplianceOfficer_ApprovesInTheOfficerRole()
    {
        var p = new Promotions(RiskTier.Low);
        var request = p.Request();
        var both = Promotions.Person("Ada Both", PortalRoles.Administrator, PortalRoles.ComplianceOfficer);

        var outcome = p.Sign(request, both);

        Assert.True(outcome.ReadyToPromote);
    }

    [Fact]
    public void OtherRoles_CannotSign()
    {
        var p = new Promotions();
        var request = p.Request();
        var auditor = Promotions.Person("Henrik Aalto", PortalRoles.Auditor);

        Assert.Equal(PromotionRule.ComplianceOfficerSigns, Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, auditor))).Rule);
    }

    [Fact]
    public void TheSystem_CannotSign()
    {
        var p = new Promotions();
        var request = p.Request();

        var refused = Assert.ThrowsAny<Exception>(() => request.Sign(p.Model, Actor.System, "", SignatureDecision.Approve, null,
            SigningAuthentication.Confirmed("x"), Promotions.DevelopmentSigning, request.Evidence, Promotions.Now));

        Assert.Equal(PromotionRule.NamedSigner, Promotions.Refusal(refused).Rule);
    }

    [Fact]
    public void HighRisk_TwoApprovalsBySamePerson_AreRefused_AndTheRequestStaysPending()
    {
        var p = new Promotions(RiskTier.High);
        var request = p.Request();
        var first = p.Sign(request, p.Officer);

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, p.Officer)));

        Assert.False(first.ReadyToPromote);
        Assert.Equal(PromotionRule.DistinctApprovers, refusal.Rule);
        Assert.Equal(1, request.CountedApprovals);
        Assert.True(request.IsPending);
    }

    [Fact]
    public void HighRisk_TwoDistinctApprovals_MakeTheRequestReady()
    {
        var p = new Promotions(RiskTier.Critical);
        var request = p.Request();

        p.Sign(request, p.Officer);
        var second = p.Sign(request, p.SecondOfficer);

        Assert.True(second.ReadyToPromote);
        Assert.Equal(2, request.CountedApprovals);
    }

    [Fact]
    public void LowRisk_OneApproval_MakesTheRequestReady()
    {
        var p = new Promotions(RiskTier.Medium);
        var request = p.Request();

        Assert.True(p.Sign(request, p.Officer).ReadyToPromote);
    }

    [Fact]
    public void Signature_RecordsPrintedNameTimeMeaningCommentAndProof()
    {
        var p = new Promotions(RiskTier.Low);
        var request = p.Request();
        var at = Promotions.Now.AddMinutes(42);

        var signature = p.Sign(request, p.Officer, comment: " Evidence reviewed. ", at: at).Signature;

        Assert.Equal("Priya Raman", signature.PrintedName);
        Assert.Equal(at, signature.SignedAt);
        Assert.Equal("Approved for production", signature.Meaning);
        Assert.Equal("Evidence reviewed.", signature.Comment);
        Assert.Equal(SigningMethod.ConfirmedIdentity, signature.AuthenticationMethod);
        Assert.Equal(request.Evidence.Fingerprint, signature.EvidenceFingerprint);
    }

    [Fact]
    public void ApprovalAfterEvidenceChanged_InvalidatesTheEarlierApproval_SoTwoAreStillNeeded()
    {
        var p = new Promotions(RiskTier.High);
        var request = p.Request();
        p.Sign(request, p.Officer);
        var changed = Promotions.Evidence(request.Evidence.Facts with { CardRevision = 5, CardContentHash = new string('b', 64) });

        var second = p.Sign(request, p.SecondOfficer, current: changed);

        Assert.False(second.ReadyToPromote);
        var invalidated = Assert.Single(second.Invalidated);
        Assert.Equal(p.Officer.PersonId, invalidated.PersonId);
        Assert.Contains("model card changed (revision 4 → 5)", invalidated.InvalidationReason);
        Assert.Equal(1, request.CountedApprovals);
    }

    [Fact]
    public void InvalidatedApprover_MaySignAgain_OnTheNewEvidence()
    {
        var p = new Promotions(RiskTier.High);
        var request = p.Request();
        p.Sign(request, p.Officer);
        var changed = Promotions.Evidence(request.Evidence.Facts with { Evaluations = [.. request.Evidence.Facts.Evaluations, Promotions.PassingEvaluation(1)] });
        p.Sign(request, p.SecondOfficer, current: changed);

        var again = p.Sign(request, p.Officer, current: changed);

        Assert.True(again.ReadyToPromote);
        Assert.Equal(3, request.Signatures.Count);
    }

    [Fact]
    public void Approval_WhileAGateFails_IsRefusedNamingTheGate()
    {
        var p = new Promotions(RiskTier.Low);
        var failing = Promotions.Evidence(Promotions.CompleteFacts() with { DriftThresholds = [], DriftPolicyHash = null });
        var request = p.Request(evidence: failing);

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, p.Officer)));

        Assert.Equal(PromotionRule.GatesPass, refusal.Rule);
        Assert.False(refusal.IsAccess);
        Assert.Contains("DriftThresholds", refusal.Reason);
    }

    [Fact]
    public void MajorChange_WithoutCab_CannotBeApproved()
    {
        var p = new Promotions(RiskTier.Low, ChangeClass.Major);
        var request = p.Request(evidence: Promotions.Evidence(Promotions.CompleteFacts() with { Cab = null }));

        var refusal = Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, p.Officer)));

        Assert.Contains("CabDecision", refusal.Reason);
    }

    [Fact]
    public void Rejection_IsAllowedWithFailingGates_NeedsAComment_AndEndsTheRequest()
    {
        var p = new Promotions(RiskTier.High);
        var request = p.Request(evidence: Promotions.Evidence(Promotions.CompleteFacts() with { Evaluations = [] }));

        var noComment = Assert.Throws<ValidationFailedException>(() => p.Sign(request, p.Officer, SignatureDecision.Reject));
        var rejected = p.Sign(request, p.Officer, SignatureDecision.Reject, comment: "No evaluation evidence.");

        Assert.Contains("Comment", noComment.Errors.Keys);
        Assert.False(rejected.ReadyToPromote);
        Assert.Equal(PromotionState.Rejected, request.State);
        Assert.Equal("Rejected for production", rejected.Signature.Meaning);
    }

    [Fact]
    public void SignedRequest_TakesNoMoreSignatures()
    {
        var p = new Promotions(RiskTier.High);
        var request = p.Request();
        p.Sign(request, p.Officer, SignatureDecision.Reject, comment: "Not yet.");

        Assert.Equal(PromotionRule.RequestIsPending, Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, p.SecondOfficer))).Rule);
    }

    [Fact]
    public void Rejection_IsSubjectToSegregationToo()
    {
        var p = new Promotions();
        var request = p.Request();
        var ownerAsOfficer = new Actor(p.Owner.PersonId, p.Owner.DisplayName, new HashSet<string> { PortalRoles.ComplianceOfficer });

        Assert.Equal(PromotionRule.RequesterCannotSign,
            Promotions.Refusal(Assert.ThrowsAny<Exception>(() => p.Sign(request, ownerAsOfficer, SignatureDecision.Reject, comment: "x"))).Rule);
    }
}
