using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Models;

/// <summary>The editable part of a model's registry entry, as submitted by a form or the API.</summary>
public sealed record ModelDetails(
    string Name,
    string Purpose,
    string BusinessUse,
    RiskTier RiskTier,
    Guid OwnerId,
    Guid? BackupOwnerId,
    int? CadenceOverrideMonths = null,
    string? CadenceOverrideReason = null)
{
    /// <summary>Rules that need nothing but the values themselves; whether the owners exist is the registry's check.</summary>
    public ValidationErrors Validate(ValidationErrors? errors = null)
    {
        errors ??= new ValidationErrors();
        errors
            .When(string.IsNullOrWhiteSpace(Name), nameof(Name), "Give the model a name.")
            .When(Name?.Length > 200, nameof(Name), "The name can be at most 200 characters.")
            .When(string.IsNullOrWhiteSpace(Purpose), nameof(Purpose), "Say what the model is for (its purpose).")
            .When(Purpose?.Length > 4000, nameof(Purpose), "The purpose can be at most 4000 characters.")
            .When(string.IsNullOrWhiteSpace(BusinessUse), nameof(BusinessUse), "Say which business decision or process uses the model.")
            .When(BusinessUse?.Length > 4000, nameof(BusinessUse), "The business use can be at most 4000 characters.")
            .When(!Enum.IsDefined(RiskTier), nameof(RiskTier), "Choose a risk tier: Low, Medium, High or Critical.")
            .When(OwnerId == Guid.Empty, nameof(OwnerId), "Every model needs a named individual owner.")
            .When(BackupOwnerId is { } b && b == OwnerId, nameof(BackupOwnerId), "The backup owner must be a different person from the owner.");
        if (CadenceOverrideMonths is { } months)
        {
            errors
                .When(months is < RevalidationCadence.MinMonths or > RevalidationCadence.MaxMonths, nameof(CadenceOverrideMonths),
                    $"A revalidation cadence must be between {RevalidationCadence.MinMonths} and {RevalidationCadence.MaxMonths} months.")
                .When(string.IsNullOrWhiteSpace(CadenceOverrideReason), nameof(CadenceOverrideReason),
                    "Overriding the risk-tier cadence needs a reason.")
                .When(CadenceOverrideReason?.Length > 1000, nameof(CadenceOverrideReason), "The reason can be at most 1000 characters.");
        }
        return errors;
    }

    public ModelDetails Normalized() => this with
    {
        Name = Name.Trim(),
        Purpose = Purpose.Trim(),
        BusinessUse = BusinessUse.Trim(),
        CadenceOverrideReason = CadenceOverrideMonths is null ? null : CadenceOverrideReason?.Trim(),
    };
}
