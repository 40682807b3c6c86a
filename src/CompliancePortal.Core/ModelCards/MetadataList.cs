namespace CompliancePortal.Core.ModelCards;

public sealed record MetadataList(IReadOnlyList<MetadataValue> Items) : MetadataValue
{
    public bool Equals(MetadataList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Aggregate(Items.Count, (hash, item) => HashCode.Combine(hash, item));
}
