namespace CompliancePortal.Core.Lineage;

/// <summary>A pipeline step (an Airflow task, a Spark application, a dbt model, a DVC stage) identified by namespace and name.</summary>
public sealed class LineageJob
{
    private LineageJob() { }

    public Guid Id { get; private set; }

    public string Namespace { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>SHA-256 of namespace and name: a fixed-length unique key on every database.</summary>
    public string IdentityHash { get; private set; } = "";

    public LineageOrigin Origin { get; private set; }

    /// <summary>The job facets as received, merged by facet name (JSON object).</summary>
    public string Facets { get; private set; } = "{}";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static LineageJob Observe(string ns, string name, LineageOrigin origin, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), Namespace = ns, Name = name, IdentityHash = LineageIdentity.Of(ns, name), Origin = origin,
        CreatedAt = at, UpdatedAt = at,
    };

    /// <summary>Takes newer facets over older ones by name; returns whether anything changed.</summary>
    public bool MergeFacets(string facets, bool newer, DateTimeOffset at)
    {
        var merged = FacetJson.Merge(Facets, facets, newer);
        if (merged == Facets)
        {
            return false;
        }
        Facets = merged;
        UpdatedAt = at;
        return true;
    }

    public object Snapshot() => new { Id, Namespace, Name, Origin = Origin.ToString() };
}
