using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage.OpenLineage;

namespace CompliancePortal.Core.Lineage.Dvc;

/// <summary>
/// Imports a <c>dvc.lock</c> as lineage: each stage becomes a job with one completed run at the given commit, its
/// <c>deps</c> and <c>outs</c> dataset versions keyed by path and md5. Stages are recorded as OpenLineage-shaped events,
/// so re-importing the same lock file at the same commit changes nothing.
/// </summary>
public sealed class DvcImport(LineageIngestion ingestion, TimeProvider time)
{
    public const int MaxLockFileBytes = 2 * 1024 * 1024;

    public async Task<DvcImportResult> ImportAsync(Actor actor, string repository, string commit, string lockFile, CancellationToken ct = default)
    {
        LineageIngestion.RequireRole(actor);
        var repo = repository?.Trim() ?? "";
        var normalizedCommit = Hashes.NormalizeCommit(commit);
        new ValidationErrors()
            .When(!Uris.IsAbsolute(repo, 400), "repository", "Give the repository URL the dvc.lock belongs to, e.g. https://git.example.com/risk/credit-pd.git.")
            .When(normalizedCommit is null, "commit", "Give the full commit id (40 or 64 hexadecimal digits) the dvc.lock was taken at.")
            .When(string.IsNullOrWhiteSpace(lockFile), "lockFile", "The dvc.lock file is empty.")
            .When(Encoding.UTF8.GetByteCount(lockFile ?? "") > MaxLockFileBytes, "lockFile", $"The dvc.lock file is larger than {MaxLockFileBytes / 1024 / 1024} MB.")
            .ThrowIfAny();
        var stages = DvcLockReader.Read(lockFile!);
        var at = time.GetUtcNow();
        var events = stages.Select(s => ToEvent(s, repo, normalizedCommit!, at)).ToList();
        var changed = await ingestion.RecordAsync(actor, events, LineageOrigin.Dvc, ct);
        var versions = stages.SelectMany(s => s.Deps.Concat(s.Outs)).Select(o => (o.Path, o.Md5)).Distinct().Count();
        return new DvcImportResult(stages.Count, versions, changed);
    }

    private static ObservedEvent ToEvent(DvcStage stage, string repository, string commit, DateTimeOffset at)
    {
        var identity = $"dvc\n{repository}\n{commit}\n{stage.Name}";
        var body = new JsonObject
        {
            ["repository"] = repository, ["commit"] = commit, ["stage"] = stage.Name, ["cmd"] = stage.Command,
            ["params"] = JsonNode.Parse(stage.ParamsJson),
            ["deps"] = new JsonArray(stage.Deps.Select(d => (JsonNode)Entry(d)).ToArray()),
            ["outs"] = new JsonArray(stage.Outs.Select(d => (JsonNode)Entry(d)).ToArray()),
        }.ToJsonString();
        var jobFacets = new JsonObject { ["dvc_stage"] = new JsonObject { ["_producer"] = DvcLineage.Producer, ["cmd"] = stage.Command } }.ToJsonString();
        var runFacets = new JsonObject { ["dvc_params"] = new JsonObject { ["_producer"] = DvcLineage.Producer, ["params"] = JsonNode.Parse(stage.ParamsJson) } }
            .ToJsonString();
        return new ObservedEvent(LineageEventKind.RunEvent, RunState.Complete, at, DvcLineage.Producer, DvcLineage.Producer, RunIdOf(identity),
            repository, stage.Name, runFacets, jobFacets, new CodeLocation(repository, commit, "dvc.lock"), null,
            stage.Deps.Select(d => Dataset(repository, d)).ToList(), stage.Outs.Select(d => Dataset(repository, d)).ToList(), null,
            Hashes.Sha256Hex(identity + "\n" + body), body);
    }

    private static ObservedDataset Dataset(string repository, DvcOutput o) =>
        new(repository, o.Path, FacetJson.Empty, new JsonObject { ["dvc"] = Entry(o) }.ToJsonString(), o.Md5);

    private static JsonObject Entry(DvcOutput o) => new() { ["path"] = o.Path, ["md5"] = o.Md5, ["size"] = o.Size, ["nfiles"] = o.Files };

    /// <summary>The same stage at the same commit is the same run, whenever it is imported.</summary>
    private static Guid RunIdOf(string identity)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(identity))[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
