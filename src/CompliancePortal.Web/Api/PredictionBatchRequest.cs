using CompliancePortal.Core.Lineage.Predictions;

namespace CompliancePortal.Web.Api;

public sealed record PredictionBatchRequest(IReadOnlyList<PredictionRequest?>? Predictions)
{
    public IReadOnlyList<PredictionEntry> ToEntries() => (Predictions ?? []).Select(p => new PredictionEntry(p?.PredictionId ?? "", p?.ModelKey ?? "",
        p?.Version ?? "", p?.PredictedAt ?? default, p?.InputHash ?? "",
        p?.SourceRecords?.Select(r => new SourceRecordReference(r.SourceSystem, r.Dataset, r.Record ?? "")).ToList())).ToList();
}
