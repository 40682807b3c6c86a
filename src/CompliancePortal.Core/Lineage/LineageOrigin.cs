namespace CompliancePortal.Core.Lineage;

/// <summary>How the portal learned of a lineage entity: registered by a person, or observed from a pipeline.</summary>
public enum LineageOrigin
{
    Registered,
    OpenLineage,
    Dvc,
}
