using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Registers golden sets and adds their versions; each is audited with the model's key in the same transaction.
/// An upload is read and hashed before the transaction starts, so a large file never holds up other writers.
/// </summary>
public sealed class GoldenSetService(AuditedChanges changes, IDbContextFactory<PortalDbContext> contexts)
{
    public const string UriField = "Uri";
    public const string Sha256Field = "Sha256";

    public Task<string> RegisterAsync(Actor actor, string modelKey, GoldenSetDefinition definition, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var model = await FindModelAsync(db, modelKey, ct);
            EvaluationAccess.Require(actor, model, "register its golden sets");
            var set = GoldenSet.Register(model.Id, definition, actor.RequirePerson(), audit.At);
            if (await db.GoldenSets.AnyAsync(g => g.ModelId == model.Id && g.Name == set.Name, ct))
            {
                throw new ValidationFailedException(new Dictionary<string, string[]>
                {
                    [nameof(GoldenSetDefinition.Name)] = [$"{model.Key} already has a golden set named \"{set.Name}\"; upload a new version of it instead."],
                });
            }
            db.GoldenSets.Add(set);
            audit.Record("golden-set.created", nameof(GoldenSet), set.Id.ToString(), null, set.Snapshot(), model.Key);
            return set.Name;
        }, ct);

    /// <summary>Stores an uploaded CSV as a new version, after checking it has the golden set's columns and only numbers.</summary>
    /// <returns>The new version's number.</returns>
    public async Task<int> UploadVersionAsync(Actor actor, string modelKey, string name, byte[] csv, CancellationToken ct = default)
    {
        var definition = await ReadDefinitionAsync(actor, modelKey, name, ct);
        if (csv.Length > GoldenSetVersion.MaxUploadBytes)
        {
            throw GoldenSetCsv.Refused(GoldenSetCsv.FileField, $"The file is {GoldenSetCsv.Format(csv.Length)} bytes; an upload can be at most "
                + $"{GoldenSetCsv.Format(GoldenSetVersion.MaxUploadBytes)}. Register a larger set by URI and SHA-256 instead.");
        }
        GoldenSetTable table;
        using (var stream = new MemoryStream(csv, writable: false))
        {
            table = GoldenSetCsv.Read(stream, definition.LabelColumn, definition.FeatureColumns);
        }
        return await AddVersionAsync(actor, modelKey, name, (db, versionId) => db.GoldenSetFiles.Add(new GoldenSetFile(versionId, csv)),
            table.ContentHash, GoldenSetSource.Upload, null, csv.Length, table.RowCount, ct);
    }

    /// <summary>Registers a version kept elsewhere by its URI and the SHA-256 of its bytes; the portal does not download it here.</summary>
    public async Task<int> RegisterUriVersionAsync(Actor actor, string modelKey, string name, string? uri, string? sha256, CancellationToken ct = default)
    {
        var hash = Hashes.NormalizeSha256(sha256);
        new ValidationErrors()
            .When(!Uris.IsAbsolute(uri), UriField, "Give the absolute URI of the golden-set file, with its scheme (such as s3:// or https://).")
            .When(hash is null, Sha256Field, "The SHA-256 must be 64 hexadecimal digits (optionally prefixed with sha256:).")
            .ThrowIfAny();
        await ReadDefinitionAsync(actor, modelKey, name, ct);
        return await AddVersionAsync(actor, modelKey, name, null, hash!, GoldenSetSource.RegisteredUri, uri!.Trim(), null, null, ct);
    }

    private Task<int> AddVersionAsync(Actor actor, string modelKey, string name, Action<PortalDbContext, Guid>? storeContent,
        string hash, GoldenSetSource source, string? uri, long? size, int? rows, CancellationToken ct) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var model = await FindModelAsync(db, modelKey, ct);
            EvaluationAccess.Require(actor, model, "add versions of its golden sets");
            var set = await FindSetAsync(db, model, name, ct);
            var existing = await db.GoldenSetVersions.AsNoTracking().Where(v => v.GoldenSetId == set.Id).ToListAsync(ct);
            var version = set.AddVersion(hash, source, uri, size, rows, existing, actor, audit.At);
            db.GoldenSetVersions.Add(version);
            storeContent?.Invoke(db, version.Id);
            audit.Record("golden-set.version-added", nameof(GoldenSetVersion), version.Id.ToString(), null,
                new { GoldenSet = set.Name, Version = version.Snapshot() }, model.Key);
            return version.Number;
        }, ct);

    private async Task<GoldenSetDefinition> ReadDefinitionAsync(Actor actor, string modelKey, string name, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var model = await FindModelAsync(db, modelKey, ct);
        EvaluationAccess.Require(actor, model, "add versions of its golden sets");
        return (await FindSetAsync(db, model, name, ct)).Definition;
    }

    internal static async Task<Model> FindModelAsync(PortalDbContext db, string modelKey, CancellationToken ct) =>
        await db.Models.AsNoTracking().SingleOrDefaultAsync(m => m.Key == modelKey, ct)
        ?? throw new NotFoundException($"There is no model with the key '{modelKey}'.");

    internal static async Task<GoldenSet> FindSetAsync(PortalDbContext db, Model model, string name, CancellationToken ct) =>
        await db.GoldenSets.SingleOrDefaultAsync(g => g.ModelId == model.Id && g.Name == name, ct)
        ?? throw new NotFoundException($"{model.Key} has no golden set named \"{name}\".");
}
