namespace CompliancePortal.Core.ModelCards;

/// <summary>Keys in the order they were written, so an exported card reads like the imported one.</summary>
public sealed record MetadataMap : MetadataValue
{
    public MetadataMap(IEnumerable<MetadataEntry> entries)
    {
        Entries = entries.ToList();
        var duplicate = Entries.GroupBy(e => e.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The key '{duplicate.Key}' appears more than once.", nameof(entries));
        }
    }

    public IReadOnlyList<MetadataEntry> Entries { get; }

    public MetadataValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key)?.Value;

    public bool Equals(MetadataMap? other) => other is not null && Entries.SequenceEqual(other.Entries);

    public override int GetHashCode() => Entries.Aggregate(Entries.Count, (hash, entry) => HashCode.Combine(hash, entry));
}
