using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage;

/// <summary>A logical dataset drawn from one source system; its content is captured as immutable versions.</summary>
public sealed class Dataset
{
    private Dataset() { }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public Guid SourceSystemId { get; private set; }

    public SourceSystem? SourceSystem { get; private set; }

    public string? Description { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The OpenLineage dataset namespace and name; null for datasets registered by hand.</summary>
    public string? Namespace { get; private set; }

    public string? ExternalName { get; private set; }

    /// <summary>SHA-256 of namespace and name, unique among observed datasets.</summary>
    public string? IdentityHash { get; private set; }

    /// <summary>The latest dataset facets as received (schema, data source, custom facets), by facet name.</summary>
    public string Facets { get; private set; } = FacetJson.Empty;

    public static Dataset Create(string key, string name, SourceSystem source, string? description, DateTimeOffset at)
    {
        new ValidationErrors()
            .When(!Slug.IsValid(key), nameof(Key), $"The key '{key}' is not valid: {Slug.Rule}.")
            .When(string.IsNullOrWhiteSpace(name) || name.Length > 200, nameof(Name), "Give the dataset a name of at most 200 characters.")
            .When(description?.Length > 2000, nameof(Description), "The description can be at most 2000 characters.")
            .ThrowIfAny();
        return new Dataset
        {
            Id = Guid.CreateVersion7(at), Key = key, Name = name.Trim(), SourceSystemId = source.Id, SourceSystem = source,
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(), CreatedAt = at,
        };
    }

    public static Dataset Observe(string ns, string name, SourceSystem source, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), Key = LineageKeys.For(name, ns + "\n" + name), Name = name.Length <= 200 ? name : name[..200], SourceSystemId = source.Id,
        SourceSystem = source, Namespace = ns, ExternalName = name, IdentityHash = LineageIdentity.Of(ns, name), CreatedAt = at,
    };

    public void MergeFacets(string facets, bool newer) => Facets = FacetJson.Merge(Facets, facets, newer);

    public object Snapshot() => new { Id, Key, Name, SourceSystemId, Description, Namespace, ExternalName };
}
