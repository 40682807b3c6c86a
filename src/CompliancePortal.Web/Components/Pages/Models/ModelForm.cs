using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Components.Pages.Models;

/// <summary>The editor's working copy of a model's details.</summary>
public sealed class ModelForm
{
    public string Name { get; set; } = "";

    public string Purpose { get; set; } = "";

    public string BusinessUse { get; set; } = "";

    public RiskTier RiskTier { get; set; } = RiskTier.Medium;

    public PersonSummary? Owner { get; set; }

    public PersonSummary? BackupOwner { get; set; }

    public bool OverrideCadence { get; set; }

    public int CadenceMonths { get; set; } = 6;

    public string? CadenceReason { get; set; }

    public ModelDetails ToDetails() => new(Name, Purpose, BusinessUse, RiskTier, Owner?.Id ?? Guid.Empty, BackupOwner?.Id,
        OverrideCadence ? CadenceMonths : null, OverrideCadence ? CadenceReason : null);

    public static ModelForm From(ModelView m) => new()
    {
        Name = m.Name,
        Purpose = m.Purpose,
        BusinessUse = m.BusinessUse,
        RiskTier = m.RiskTier,
        Owner = m.Owner,
        BackupOwner = m.BackupOwner,
        OverrideCadence = m.Cadence.IsOverride,
        CadenceMonths = m.Cadence.Months,
        CadenceReason = m.Cadence.Reason,
    };
}
