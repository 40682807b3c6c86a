using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Models;

/// <summary>Everything a model's page or the API shows about one registry entry.</summary>
public sealed record ModelView(
    Guid Id,
    string Key,
    string Name,
    string Purpose,
    string BusinessUse,
    RiskTier RiskTier,
    PersonSummary Owner,
    PersonSummary? BackupOwner,
    RevalidationCadence Cadence,
    int VersionCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Revision)
{
    public ModelDetails ToDetails() =>
        new(Name, Purpose, BusinessUse, RiskTier, Owner.Id, BackupOwner?.Id, Cadence.IsOverride ? Cadence.Months : null, Cadence.Reason);
}
