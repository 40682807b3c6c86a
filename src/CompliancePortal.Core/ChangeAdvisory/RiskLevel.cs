namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>A rating the requester gives (likelihood, impact) and the score a change review carries.</summary>
public enum RiskLevel
{
    Low = 1,
    Moderate = 2,
    High = 3,
}
