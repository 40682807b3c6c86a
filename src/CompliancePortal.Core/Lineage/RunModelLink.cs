namespace CompliancePortal.Core.Lineage;

/// <summary>How a run came to be linked to the model version it produced.</summary>
public enum RunModelLink
{
    /// <summary>An output dataset of the run is the version's artifact URI.</summary>
    ArtifactUri,

    /// <summary>A person (or a pipeline through the API) said so.</summary>
    Manual,
}
