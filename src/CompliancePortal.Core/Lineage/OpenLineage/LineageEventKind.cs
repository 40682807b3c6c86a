namespace CompliancePortal.Core.Lineage.OpenLineage;

/// <summary>The three OpenLineage event shapes: a run's event, and the static dataset and job events.</summary>
public enum LineageEventKind
{
    RunEvent,
    DatasetEvent,
    JobEvent,
}
