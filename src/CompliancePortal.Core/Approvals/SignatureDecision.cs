namespace CompliancePortal.Core.Approvals;

public enum SignatureDecision
{
    Approve,
    Reject,
}
