namespace CompliancePortal.Core.Lineage;

/// <summary>A dataset version a run read (input) or wrote (output), with the input/output facets as received.</summary>
public sealed class LineageRunDataset
{
    private LineageRunDataset() { }

    public Guid LineageRunId { get; private set; }

    public Guid DatasetVersionId { get; private set; }

    public DatasetVersion? DatasetVersion { get; private set; }

    public DatasetDirection Direction { get; private set; }

    public string Facets { get; private set; } = FacetJson.Empty;

    /// <summary>The event time at which the run was first seen reading or writing it.</summary>
    public DateTimeOffset ObservedAt { get; private set; }

    public static LineageRunDataset Observe(LineageRun run, DatasetVersion version, DatasetDirection direction, DateTimeOffset eventTime) => new()
    {
        LineageRunId = run.Id, DatasetVersionId = version.Id, DatasetVersion = version, Direction = direction, ObservedAt = eventTime,
    };

    public void Apply(string facets, DateTimeOffset eventTime, bool newer)
    {
        Facets = FacetJson.Merge(Facets, facets, newer);
        ObservedAt = eventTime < ObservedAt ? eventTime : ObservedAt;
    }
}
