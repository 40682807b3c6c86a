using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Models;

/// <summary>An immutable registration of one trained artifact with everything needed to reproduce it.</summary>
public sealed class ModelVersion
{
    private readonly List<ModelVersionDataset> _datasets = [];

    private ModelVersion() { }

    public Guid Id { get; private set; }

    public Guid ModelId { get; private set; }

    public Model? Model { get; private set; }

    public string Label { get; private set; } = "";

    public string ArtifactUri { get; private set; } = "";

    public string ArtifactSha256 { get; private set; } = "";

    public string CodeRepository { get; private set; } = "";

    public string CodeCommit { get; private set; } = "";

    public string EnvironmentLockHash { get; private set; } = "";

    public ChangeClass ChangeClass { get; private set; }

    public ModelStage Stage { get; private set; }

    public string? Notes { get; private set; }

    public Guid RegisteredById { get; private set; }

    public Person? RegisteredBy { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public IReadOnlyList<ModelVersionDataset> Datasets => _datasets;

    /// <summary>
    /// Registers a version. <paramref name="trainedOn"/> are the dataset versions named by the registration, and
    /// <paramref name="predecessorSources"/> the source systems the previous version was trained from (null for a first version):
    /// a first version, or one that reads a new source system, is a Major change by definition.
    /// </summary>
    public static ModelVersion Register(Model model, VersionRegistration registration, IReadOnlyCollection<DatasetVersion> trainedOn,
        IReadOnlySet<Guid>? predecessorSources, Guid registeredBy, DateTimeOffset at)
    {
        var errors = registration.Validate();
        var named = (registration.DatasetVersionIds ?? []).ToHashSet();
        trainedOn = trainedOn.Where(d => named.Contains(d.Id)).ToList();
        var missing = named.Except(trainedOn.Select(d => d.Id)).ToList();
        errors.When(missing.Count > 0, nameof(registration.DatasetVersionIds),
            $"{missing.Count} of the named dataset versions are not registered in the portal; register them first.");
        errors.ThrowIfAny();

        if (registration.ChangeClass == ChangeClass.Minor)
        {
            if (predecessorSources is null)
            {
                throw new DomainRuleException("The first version of a model is a Major change: it introduces a new model and its data sources.");
            }
            var newSources = trainedOn.Select(d => d.Dataset!.SourceSystemId).Where(s => !predecessorSources.Contains(s)).Distinct().ToList();
            if (newSources.Count > 0)
            {
                throw new DomainRuleException("This version reads a source system its predecessor did not; a new data source is a Major change.");
            }
        }

        var version = new ModelVersion
        {
            Id = Guid.CreateVersion7(at),
            ModelId = model.Id,
            Label = registration.Label.Trim(),
            ArtifactUri = registration.ArtifactUri.Trim(),
            ArtifactSha256 = Hashes.NormalizeSha256(registration.ArtifactSha256)!,
            CodeRepository = registration.CodeRepository.Trim(),
            CodeCommit = Hashes.NormalizeCommit(registration.CodeCommit)!,
            EnvironmentLockHash = Hashes.NormalizeSha256(registration.EnvironmentLockHash)!,
            ChangeClass = registration.ChangeClass,
            Stage = ModelStage.Draft,
            Notes = string.IsNullOrWhiteSpace(registration.Notes) ? null : registration.Notes.Trim(),
            RegisteredById = registeredBy,
            RegisteredAt = at,
        };
        version._datasets.AddRange(trainedOn.Select(d => new ModelVersionDataset(version.Id, d.Id)));
        return version;
    }

    /// <summary>Only a carried-out promotion request puts a version into Production (see <c>Approvals.PromotionService</c>).</summary>
    internal void EnterProduction() => Stage = ModelStage.Production;

    /// <summary>The version in Production steps aside for its successor, to Staging or Retired as the request chose.</summary>
    internal void LeaveProduction(ModelStage next)
    {
        if (Stage != ModelStage.Production || next is not (ModelStage.Staging or ModelStage.Retired))
        {
            throw new InvalidOperationException("Only the production version leaves Production, and only to Staging or Retired.");
        }
        Stage = next;
    }

    public object Snapshot() => new
    {
        Id, ModelId, Label, ArtifactUri, ArtifactSha256, CodeRepository, CodeCommit, EnvironmentLockHash,
        ChangeClass = ChangeClass.ToString(), Stage = Stage.ToString(), Notes, RegisteredById,
        DatasetVersionIds = _datasets.Select(d => d.DatasetVersionId).Order().ToArray(),
    };
}
