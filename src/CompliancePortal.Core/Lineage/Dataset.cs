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

    public object Snapshot() => new { Id, Key, Name, SourceSystemId, Description };
}
