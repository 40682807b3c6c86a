using System.Text.Json;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Lineage.Predictions;

/// <summary>
/// Serving systems log their predictions in batches. A batch is checked whole (every problem named by its index) and
/// recorded in one transaction with one audit event; a prediction sent again with the same content is skipped.
/// </summary>
public sealed class PredictionLog(AuditedChanges changes)
{
    public const int MaxBatch = 1000;
    public const int MaxSourceRecords = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<PredictionLogResult> LogAsync(Actor actor, IReadOnlyList<PredictionEntry> batch, CancellationToken ct = default)
    {
        if (!actor.HasRole(PortalRoles.ModelOwner) && !actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException("Only serving systems with a ModelOwner or Administrator token can log predictions.");
        }
        Validate(batch);
        return changes.RunAsync(actor, async (db, audit) =>
        {
            var keys = batch.Select(p => p.ModelKey.Trim()).Distinct().ToList();
            var versions = await db.ModelVersions.AsNoTracking().Where(v => keys.Contains(v.Model!.Key))
                .Select(v => new { v.Id, v.Model!.Key, v.Label }).ToListAsync(ct);
            var ids = batch.Select(p => p.PredictionId.Trim()).ToList();
            var existing = await db.Predictions.Where(p => ids.Contains(p.PredictionId)).ToDictionaryAsync(p => p.PredictionId, ct);
            var errors = new ValidationErrors();
            var added = new List<Prediction>();
            for (var i = 0; i < batch.Count; i++)
            {
                var p = batch[i];
                var version = versions.FirstOrDefault(v => v.Key == p.ModelKey.Trim() && v.Label == p.Version.Trim());
                if (version is null)
                {
                    errors.Add($"predictions[{i}].version", $"Model {p.ModelKey} has no version '{p.Version}' in the registry.");
                    continue;
                }
                var hash = Hashes.NormalizeSha256(p.InputHash)!;
                if (existing.TryGetValue(p.PredictionId.Trim(), out var stored))
                {
                    errors.When(!stored.Matches(version.Id, p.PredictedAt, hash), $"predictions[{i}].predictionId",
                        $"Prediction '{p.PredictionId}' is already logged with a different model version, time or input hash.");
                    continue;
                }
                var prediction = Prediction.Log(p, version.Id, JsonSerializer.Serialize(p.SourceRecords ?? [], Json), audit.At);
                added.Add(prediction);
            }
            errors.ThrowIfAny();
            db.Predictions.AddRange(added);
            if (added.Count > 0)
            {
                audit.Record("predictions.logged", "PredictionBatch", added[0].Id.ToString(), null,
                    new { Count = added.Count, First = added[0].PredictionId, Last = added[^1].PredictionId, Models = keys },
                    keys.Count == 1 ? keys[0] : null);
            }
            return new PredictionLogResult(batch.Count, added.Count, batch.Count - added.Count);
        }, ct);
    }

    private static void Validate(IReadOnlyList<PredictionEntry> batch)
    {
        var errors = new ValidationErrors()
            .When(batch.Count == 0, "predictions", "Send at least one prediction.")
            .When(batch.Count > MaxBatch, "predictions", $"Send at most {MaxBatch} predictions in one batch; this one has {batch.Count}.");
        errors.ThrowIfAny();
        var seen = new HashSet<string>();
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            var at = $"predictions[{i}]";
            errors
                .When(string.IsNullOrWhiteSpace(p.PredictionId) || p.PredictionId.Trim().Length > 200, $"{at}.predictionId", "Give each prediction an id of at most 200 characters.")
                .When(!string.IsNullOrWhiteSpace(p.PredictionId) && !seen.Add(p.PredictionId.Trim()), $"{at}.predictionId", $"Prediction '{p.PredictionId}' appears twice in the batch.")
                .When(string.IsNullOrWhiteSpace(p.ModelKey), $"{at}.modelKey", "Name the model (its key) that made the prediction.")
                .When(string.IsNullOrWhiteSpace(p.Version), $"{at}.version", "Name the model version (its label) that made the prediction.")
                .When(p.PredictedAt == default, $"{at}.predictedAt", "Say when the prediction was made (ISO 8601 with an offset).")
                .When(Hashes.NormalizeSha256(p.InputHash) is null, $"{at}.inputHash", "The input hash must be a SHA-256 of the model input: 64 hexadecimal digits.")
                .When(p.SourceRecords?.Count > MaxSourceRecords, $"{at}.sourceRecords", $"At most {MaxSourceRecords} source records per prediction.")
                .When(p.SourceRecords?.Any(r => string.IsNullOrWhiteSpace(r.Record) || r.Record.Length > 500) == true, $"{at}.sourceRecords",
                    "Each source record needs its record key (at most 500 characters).");
        }
        errors.ThrowIfAny();
    }
}
