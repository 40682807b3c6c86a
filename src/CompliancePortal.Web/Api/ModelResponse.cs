using CompliancePortal.Core.Models;

namespace CompliancePortal.Web.Api;

public sealed record ModelResponse(
    string Key,
    string Name,
    string Purpose,
    string BusinessUse,
    RiskTier RiskTier,
    PersonRef Owner,
    PersonRef? BackupOwner,
    int CadenceMonths,
    bool CadenceIsOverride,
    string? CadenceOverrideReason,
    int VersionCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Revision)
{
    public static ModelResponse From(ModelView m) => new(m.Key, m.Name, m.Purpose, m.BusinessUse, m.RiskTier,
        new PersonRef(m.Owner.DisplayName, m.Owner.Email), m.BackupOwner is null ? null : new PersonRef(m.BackupOwner.DisplayName, m.BackupOwner.Email),
        m.Cadence.Months, m.Cadence.IsOverride, m.Cadence.Reason, m.VersionCount, m.CreatedAt, m.UpdatedAt, m.Revision);
}
