using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Web.Components.Pages.Lineage;
using CompliancePortal.Web.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Web.Tests.Lineage;

public sealed class NodeDetailsPanelTests : LineageTestContext
{
    [Fact]
    public async Task ARun_ShowsItsStateCommitAndFacetsAsReceived()
    {
        await PostPipelineAsync();
        await SignInAsync(DemoPeople.Henrik);
        var node = await NodeAsync(NodeKind.Run, ExtractRun);

        var cut = Render<NodeDetailsPanel>(p => p.Add(x => x.NodeId, node));

        Assert.Equal("Complete", Property(cut, "State"));
        Assert.Equal(Testing.Lineage.OpenLineageEvents.Commit, cut.Find("[data-name=Commit] code").GetAttribute("title"));
        var facets = cut.FindAll("[data-testid=facet]").Select(f => f.GetAttribute("data-name")).ToList();
        Assert.Contains("airflow", facets);
        Assert.Contains("job: sourceCodeLocation", facets);
    }

    [Fact]
    public async Task ADemoModelVersion_ShowsItsHashesAndLinksToItsPages()
    {
        await SignInAsync(DemoPeople.Henrik);
        await using var db = await OpenDatabaseAsync();
        var id = await db.ModelVersions.Where(v => v.Model!.Key == Model && v.Label == Version).Select(v => v.Id).SingleAsync();

        var cut = Render<NodeDetailsPanel>(p => p.Add(x => x.NodeId, new NodeId(NodeKind.ModelVersion, id).ToString()));

        Assert.NotNull(cut.Find("[data-name='Artifact SHA-256'] code"));
        Assert.Contains(cut.FindAll("[data-testid=node-link]"), a => a.GetAttribute("href") == $"/models/{Model}/versions/{Version}");
    }

    private async Task<string> NodeAsync(NodeKind kind, Guid runId)
    {
        await using var db = await OpenDatabaseAsync();
        var id = await db.LineageRuns.Where(r => r.RunId == runId).Select(r => r.Id).SingleAsync();
        return new NodeId(kind, id).ToString();
    }

    private static string Property(Bunit.IRenderedComponent<NodeDetailsPanel> cut, string name) =>
        cut.Find($"[data-testid=node-property][data-name='{name}'] td").TextContent.Trim();
}
