namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>A node's id in the graph API: its kind and the entity's id, e.g. <c>run:0195a1b2-…</c>.</summary>
public readonly record struct NodeId(NodeKind Kind, Guid Id)
{
    private static readonly Dictionary<NodeKind, string> Prefixes = new()
    {
        [NodeKind.SourceSystem] = "source", [NodeKind.Dataset] = "dataset", [NodeKind.DatasetVersion] = "datasetversion",
        [NodeKind.Job] = "job", [NodeKind.Run] = "run", [NodeKind.ModelVersion] = "modelversion", [NodeKind.Prediction] = "prediction",
    };

    public override string ToString() => $"{Prefixes[Kind]}:{Id}";

    public static bool TryParse(string? text, out NodeId id)
    {
        id = default;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon <= 0 || !Guid.TryParse(text![(colon + 1)..], out var guid))
        {
            return false;
        }
        var prefix = text[..colon];
        foreach (var (kind, p) in Prefixes)
        {
            if (p == prefix)
            {
                id = new NodeId(kind, guid);
                return true;
            }
        }
        return false;
    }

    public const string Format = "kind:id, where kind is source, dataset, datasetversion, job, run, modelversion or prediction";
}
