namespace CompliancePortal.Core.Models;

public enum ModelStage
{
    Draft,
    Candidate,
    Staging,
    Production,
    Retired,
}
