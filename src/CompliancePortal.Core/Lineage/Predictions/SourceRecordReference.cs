namespace CompliancePortal.Core.Lineage.Predictions;

/// <summary>A raw record the prediction's input was built from: the source system (or dataset) and the record's key there.</summary>
public sealed record SourceRecordReference(string? SourceSystem, string? Dataset, string Record);
