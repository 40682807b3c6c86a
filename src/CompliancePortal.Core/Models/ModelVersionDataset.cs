using CompliancePortal.Core.Lineage;

namespace CompliancePortal.Core.Models;

/// <summary>Pins one dataset version a model version was trained on.</summary>
public sealed class ModelVersionDataset
{
    private ModelVersionDataset() { }

    internal ModelVersionDataset(Guid modelVersionId, Guid datasetVersionId) =>
        (ModelVersionId, DatasetVersionId) = (modelVersionId, datasetVersionId);

    public Guid ModelVersionId { get; private set; }

    public Guid DatasetVersionId { get; private set; }

    public DatasetVersion? DatasetVersion { get; private set; }
}
