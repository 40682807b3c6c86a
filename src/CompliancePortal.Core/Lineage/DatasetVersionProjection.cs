using System.Linq.Expressions;

namespace CompliancePortal.Core.Lineage;

internal static class DatasetVersionProjection
{
    public static readonly Expression<Func<DatasetVersion, DatasetVersionView>> ToView = v => new DatasetVersionView(
        v.Id, v.Dataset!.Key + "@" + v.Label, v.Dataset.Key, v.Dataset.Name, v.Dataset.SourceSystem!.Key, v.Dataset.SourceSystem.Name,
        v.Label, v.Uri, v.ContentHash, v.RowCount, v.SchemaHash, v.CapturedAt);
}
