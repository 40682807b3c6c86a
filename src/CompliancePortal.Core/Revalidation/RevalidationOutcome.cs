namespace CompliancePortal.Core.Revalidation;

public enum RevalidationOutcome
{
    Pass,
    PassWithFindings,
    Fail,
}
