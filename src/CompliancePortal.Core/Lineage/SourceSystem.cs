using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Lineage;

/// <summary>A system of record that data is drawn from (a warehouse, an application database, a vendor feed).</summary>
public sealed class SourceSystem
{
    private SourceSystem() { }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string? Description { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The OpenLineage namespace (or DVC repository) this source system was observed as; null when registered by hand.</summary>
    public string? Namespace { get; private set; }

    /// <summary>Observed from a pipeline and not yet described by a person: a lineage gap its owner should fill.</summary>
    public bool IsUndescribed => Description is null;

    public static SourceSystem Create(string key, string name, string kind, string? description, DateTimeOffset at)
    {
        new ValidationErrors()
            .When(!Slug.IsValid(key), nameof(Key), $"The key '{key}' is not valid: {Slug.Rule}.")
            .When(string.IsNullOrWhiteSpace(name) || name.Length > 200, nameof(Name), "Give the source system a name of at most 200 characters.")
            .When(string.IsNullOrWhiteSpace(kind) || kind.Length > 100, nameof(Kind), "Say what kind of system it is (e.g. Data warehouse), in at most 100 characters.")
            .When(description?.Length > 2000, nameof(Description), "The description can be at most 2000 characters.")
            .ThrowIfAny();
        return new SourceSystem
        {
            Id = Guid.CreateVersion7(at), Key = key, Name = name.Trim(), Kind = kind.Trim(),
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(), CreatedAt = at,
        };
    }

    /// <summary>A source system first seen as an OpenLineage dataset namespace (<c>postgres://db:5432</c>, <c>s3://lake</c>, <c>bigquery</c>).</summary>
    public static SourceSystem Observe(string ns, string kind, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), Key = LineageKeys.For(ns), Name = ns.Length <= 200 ? ns : ns[..200],
        Kind = kind.Length <= 100 ? kind : kind[..100], Namespace = ns, CreatedAt = at,
    };

    /// <summary>A person says what an observed source system is: closes the "not described" lineage gap.</summary>
    public void Describe(string name, string kind, string description)
    {
        new ValidationErrors()
            .When(string.IsNullOrWhiteSpace(name) || name.Length > 200, nameof(Name), "Give the source system a name of at most 200 characters.")
            .When(string.IsNullOrWhiteSpace(kind) || kind.Length > 100, nameof(Kind), "Say what kind of system it is (e.g. Data warehouse), in at most 100 characters.")
            .When(string.IsNullOrWhiteSpace(description) || description.Length > 2000, nameof(Description),
                "Describe the system of record (what it holds, who owns it) in at most 2000 characters.")
            .ThrowIfAny();
        (Name, Kind, Description) = (name.Trim(), kind.Trim(), description.Trim());
    }

    public object Snapshot() => new { Id, Key, Name, Kind, Description, Namespace };
}
