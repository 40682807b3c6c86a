using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Graph;

/// <summary>Reads the details of one node for the explorer's panel.</summary>
public sealed class NodeDetailsQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<NodeDetails> GetAsync(string nodeId, CancellationToken ct = default)
    {
        if (!NodeId.TryParse(nodeId, out var id))
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["nodeId"] = [$"'{nodeId}' is not a node id; write it as {NodeId.Format}."] });
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var details = id.Kind switch
        {
            NodeKind.SourceSystem => await SourceAsync(db, id, ct),
            NodeKind.Dataset => await DatasetAsync(db, id, ct),
            NodeKind.DatasetVersion => await DatasetVersionAsync(db, id, ct),
            NodeKind.Job => await JobAsync(db, id, ct),
            NodeKind.Run => await RunAsync(db, id, ct),
            NodeKind.ModelVersion => await ModelVersionAsync(db, id, ct),
            _ => await PredictionAsync(db, id, ct),
        };
        return details ?? throw new NotFoundException($"There is no node {nodeId}.");
    }

    private static async Task<NodeDetails?> SourceAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var s = await db.SourceSystems.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        return s is null ? null : new NodeDetails(id.ToString(), id.Kind, s.Name,
            [new("Key", s.Key), new("Kind", s.Kind), new("Namespace", s.Namespace ?? "— (registered by hand)"),
             new("Description", s.Description ?? "Not described yet: observed from a pipeline.")], [], [new("Data sources", "/lineage")]);
    }

    private static async Task<NodeDetails?> DatasetAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var d = await db.Datasets.AsNoTracking().Include(x => x.SourceSystem).SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        return d is null ? null : new NodeDetails(id.ToString(), id.Kind, d.Name,
            [new("Key", d.Key), new("Source system", d.SourceSystem!.Name), new("Namespace", d.Namespace ?? "—"), new("Name", d.ExternalName ?? d.Name)],
            FacetJson.Entries(d.Facets), []);
    }

    private static async Task<NodeDetails?> DatasetVersionAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var v = await db.DatasetVersions.AsNoTracking().Include(x => x.Dataset).SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        if (v is null)
        {
            return null;
        }
        var props = new List<NodeProperty>
        {
            new("Reference", $"{v.Dataset!.Key}@{v.Label}"), new("URI", v.Uri),
            new("Content SHA-256", v.HasContentHash ? v.ContentHash : "unknown", v.HasContentHash),
            new("Version (producer)", v.ExternalVersion ?? v.Label), new("Origin", v.Origin.ToString()),
            new("Captured", v.CapturedAt.ToString("u")), new("Rows", v.RowCount?.ToString("N0") ?? "—"),
        };
        if (v.SchemaHash is not null)
        {
            props.Add(new("Schema SHA-256", v.SchemaHash, true));
        }
        return new NodeDetails(id.ToString(), id.Kind, $"{v.Dataset.Name} @ {v.Label}", props, FacetJson.Entries(v.Dataset.Facets), []);
    }

    private static async Task<NodeDetails?> JobAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var j = await db.LineageJobs.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        return j is null ? null : new NodeDetails(id.ToString(), id.Kind, j.Name,
            [new("Namespace", j.Namespace), new("Origin", j.Origin.ToString()), new("First seen", j.CreatedAt.ToString("u"))], FacetJson.Entries(j.Facets), []);
    }

    private static async Task<NodeDetails?> RunAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var r = await db.LineageRuns.AsNoTracking().Include(x => x.Job).SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        if (r is null)
        {
            return null;
        }
        var props = new List<NodeProperty>
        {
            new("Run id", r.RunId.ToString()), new("Job", $"{r.Job!.Namespace} / {r.Job.Name}"), new("State", r.State.ToString()),
            new("Started", r.StartedAt?.ToString("u") ?? "—"), new("Ended", r.EndedAt?.ToString("u") ?? "—"),
            new("Code", r.CodeRepository ?? "—"), new("Commit", r.CodeCommit ?? "not reported", r.CodeCommit is not null),
        };
        if (r.ParentRunId is { } parent)
        {
            props.Add(new("Parent run", parent.ToString()));
        }
        var links = new List<NodeLink> { new("Run as JSON", $"/api/v1/lineage/runs/{r.RunId}") };
        if (r.ModelVersionId is { } mv && await db.ModelVersions.AsNoTracking().Where(v => v.Id == mv).Select(v => new { v.Model!.Key, v.Label }).SingleOrDefaultAsync(ct) is { } version)
        {
            props.Add(new("Produced", $"{version.Key} {version.Label} (linked by {r.ModelLink})"));
            links.Add(new("Model version", $"/models/{version.Key}/versions/{version.Label}"));
        }
        var facets = FacetJson.Entries(r.Facets).Concat(FacetJson.Entries(r.Job.Facets).Select(f => KeyValuePair.Create($"job: {f.Key}", f.Value))).ToList();
        return new NodeDetails(id.ToString(), id.Kind, $"{r.Job.Name} run", props, facets, links);
    }

    private static async Task<NodeDetails?> ModelVersionAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var v = await db.ModelVersions.AsNoTracking().Include(x => x.Model).SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        if (v is null)
        {
            return null;
        }
        var page = $"/models/{v.Model!.Key}/versions/{v.Label}";
        return new NodeDetails(id.ToString(), id.Kind, $"{v.Model.Name} {v.Label}",
            [new("Model", v.Model.Key), new("Stage", v.Stage.ToString()), new("Artifact", v.ArtifactUri), new("Artifact SHA-256", v.ArtifactSha256, true),
             new("Commit", v.CodeCommit, true), new("Environment lock SHA-256", v.EnvironmentLockHash, true), new("Registered", v.RegisteredAt.ToString("u"))],
            [], [new("Model version", page), new("Model card history", $"{page}/card/history"), new("Evaluations", $"{page}#evaluations"),
                 new("Lineage with gaps", $"/api/v1/models/{v.Model.Key}/versions/{v.Label}/lineage")]);
    }

    private static async Task<NodeDetails?> PredictionAsync(PortalDbContext db, NodeId id, CancellationToken ct)
    {
        var p = await db.Predictions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id.Id, ct);
        return p is null ? null : new NodeDetails(id.ToString(), id.Kind, p.PredictionId,
            [new("Predicted", p.PredictedAt.ToString("u")), new("Input SHA-256", p.InputHash, true), new("Source records", p.SourceRecords)], [],
            [new("Trace as JSON", $"/api/v1/predictions/{Uri.EscapeDataString(p.PredictionId)}/trace?download=true")]);
    }
}
