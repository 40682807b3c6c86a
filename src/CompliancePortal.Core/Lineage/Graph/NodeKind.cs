namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>The kinds of node in the lineage graph, in the order data flows through them.</summary>
public enum NodeKind
{
    SourceSystem,
    Dataset,
    DatasetVersion,
    Job,
    Run,
    ModelVersion,
    Prediction,
}
