using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Web.Api;

/// <summary>Turns API requests into domain input: owners by e-mail into people, missing fields into field errors.</summary>
public sealed class ModelDetailsBinder(PersonDirectory people)
{
    public async Task<ModelDetails> ToDetailsAsync(string? name, string? purpose, string? businessUse, RiskTier? riskTier, string? owner,
        string? backupOwner, int? cadenceMonths, string? cadenceReason, CancellationToken ct)
    {
        var errors = new ValidationErrors().When(riskTier is null, "riskTier", "riskTier is required: Low, Medium, High or Critical.");
        var ownerId = await ResolveAsync(owner, "owner", required: true, errors, ct);
        var backupId = await ResolveAsync(backupOwner, "backupOwner", required: false, errors, ct);
        errors.ThrowIfAny();
        return new ModelDetails(name ?? "", purpose ?? "", businessUse ?? "", riskTier!.Value, ownerId ?? Guid.Empty, backupId, cadenceMonths, cadenceReason);
    }

    public async Task<VersionRegistration> ToRegistrationAsync(RegisterVersionRequest r, LineageResolver lineage, CancellationToken ct)
    {
        var errors = new ValidationErrors().When(r.ChangeClass is null, "changeClass", "changeClass is required: Minor, or Major for a new architecture or data source.")
            .When(r.DatasetVersions is not { Count: > 0 }, "datasetVersions", "A model version must name the dataset versions it was trained on (at least one), as dataset-key@label.");
        errors.ThrowIfAny();
        var ids = await lineage.ResolveAsync(r.DatasetVersions ?? [], ct);
        return new VersionRegistration(r.Label ?? "", r.ArtifactUri ?? "", r.ArtifactSha256 ?? "", r.CodeRepository ?? "", r.CodeCommit ?? "",
            r.EnvironmentLockHash ?? "", r.ChangeClass!.Value, ids, r.Notes);
    }

    private async Task<Guid?> ResolveAsync(string? email, string field, bool required, ValidationErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.When(required, field, $"{field} is required: the e-mail of an individual person known to the portal.");
            return null;
        }
        var person = await people.FindByEmailAsync(email, ct);
        errors.When(person is null, field, $"No person with the e-mail '{email}' is known to the portal; an owner must be an individual who has signed in.");
        return person?.Id;
    }
}
