namespace CompliancePortal.Core.Lineage;

/// <summary>The state of a run, as the OpenLineage event types name it.</summary>
public enum RunState
{
    Start,
    Running,
    Complete,
    Abort,
    Fail,
    Other,
}
