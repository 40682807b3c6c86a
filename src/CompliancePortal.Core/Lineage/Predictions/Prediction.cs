namespace CompliancePortal.Core.Lineage.Predictions;

/// <summary>One prediction a serving system made, logged so that an auditor can trace it back to the raw data.</summary>
public sealed class Prediction
{
    private Prediction() { }

    public Guid Id { get; private set; }

    /// <summary>The serving system's id for the prediction; unique in the portal.</summary>
    public string PredictionId { get; private set; } = "";

    public Guid ModelVersionId { get; private set; }

    public DateTimeOffset PredictedAt { get; private set; }

    public string InputHash { get; private set; } = "";

    /// <summary>References to the source records the input was built from (JSON array), as the serving system sent them.</summary>
    public string SourceRecords { get; private set; } = "[]";

    public DateTimeOffset RecordedAt { get; private set; }

    internal static Prediction Log(PredictionEntry entry, Guid modelVersionId, string sourceRecords, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), PredictionId = entry.PredictionId.Trim(), ModelVersionId = modelVersionId,
        PredictedAt = entry.PredictedAt.ToUniversalTime(), InputHash = Common.Hashes.NormalizeSha256(entry.InputHash)!,
        SourceRecords = sourceRecords, RecordedAt = at,
    };

    /// <summary>Whether a redelivery says the same thing as what is stored.</summary>
    internal bool Matches(Guid modelVersionId, DateTimeOffset predictedAt, string inputHash) =>
        ModelVersionId == modelVersionId && PredictedAt == predictedAt.ToUniversalTime() && InputHash == inputHash;
}
