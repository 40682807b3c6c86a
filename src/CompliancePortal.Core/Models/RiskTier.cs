namespace CompliancePortal.Core.Models;

public enum RiskTier
{
    Low,
    Medium,
    High,
    Critical,
}
