using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Web.Lineage;

namespace CompliancePortal.Web.Tests.Lineage;

public sealed class GraphLayoutTests
{
    [Fact]
    public void DataFlowsLeftToRight_AndNoTwoNodesOverlap()
    {
        var nodes = new[] { N("s", NodeKind.SourceSystem), N("d", NodeKind.Dataset), N("v1", NodeKind.DatasetVersion), N("r", NodeKind.Run),
            N("v2", NodeKind.DatasetVersion), N("m", NodeKind.ModelVersion), N("j", NodeKind.Job) };
        var edges = new[] { E("s", "d"), E("d", "v1"), E("v1", "r"), E("j", "r"), E("r", "v2"), E("v2", "m") };

        var placed = GraphLayout.Place(nodes, edges).ToDictionary(p => p.Node.Id);

        foreach (var e in edges)
        {
            Assert.True(placed[e.From].X < placed[e.To].X, $"{e.From} is not left of {e.To}");
        }
        Assert.Equal(placed.Count, placed.Values.Select(p => (p.X, p.Y)).Distinct().Count());
    }

    [Fact]
    public void ACycleInBadData_StillGetsALayout()
    {
        var placed = GraphLayout.Place([N("a", NodeKind.Run), N("b", NodeKind.DatasetVersion)], [E("a", "b"), E("b", "a")]);

        Assert.Equal(2, placed.Count);
    }

    [Fact]
    public void AnExpandedNode_IsNoLongerOfferedForExpansion_AndKnownNodesAreKept()
    {
        var graph = new ExplorerGraph();
        graph.Replace(new LineageGraph("a", 1, null, 300, false, null, [N("a", NodeKind.Run), N("b", NodeKind.DatasetVersion, expandable: true)], [E("a", "b")]));

        graph.Merge(new LineageGraph("b", 1, null, 100, false, null, [N("b", NodeKind.DatasetVersion, expandable: false), N("c", NodeKind.Run, expandable: true)],
            [E("b", "c")]), expanded: "b");

        Assert.Equal(["a", "b", "c"], graph.Nodes.Select(n => n.Id).Order());
        Assert.False(graph.Find("b")!.Expandable);
        Assert.True(graph.Find("c")!.Expandable);
        Assert.Equal(2, graph.Edges.Count);
    }

    private static LineageNode N(string id, NodeKind kind, bool expandable = false) => new(id, kind, id, "", null, null, null, expandable);

    private static LineageEdge E(string from, string to) => new(from, to, "flows");
}
