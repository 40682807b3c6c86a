using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.AuditPacks.Sections;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Models;
using Microsoft.Extensions.Logging;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// Generates a requested pack: verifies the audit chain, builds the cover, contents and one chapter per section, lays
/// the document out, signs it and stores it, reporting progress after each step. A failure is recorded on the pack.
/// </summary>
public sealed class AuditPackGenerator(
    AuditPackService packs,
    IEnumerable<IAuditPackSection> sections,
    ModelQueries models,
    AuditLogReader log,
    AuditPackSigner signer,
    TimeProvider time,
    ILogger<AuditPackGenerator> logger)
{
    public async Task GenerateAsync(Guid packId, CancellationToken ct)
    {
        var chapters = Chapters();
        // Chain verification, one step per chapter, then layout and signing.
        var pack = await packs.StartAsync(packId, chapters.Count + 2, ct);
        try
        {
            var pdf = await BuildAsync(AuditPackView.From(pack), chapters, ct);
            await packs.CompleteAsync(packId, pdf.Bytes, pdf.Pages, pdf.ManifestSha256, signer.SignerName, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Audit pack {PackId} failed", packId);
            var reason = ex is DomainRuleException or NotFoundException or InvalidOperationException ? ex.Message : "an unexpected error; see the portal's log";
            await packs.FailAsync(packId, $"The audit pack could not be generated: {reason}", ct);
        }
    }

    private async Task<(byte[] Bytes, int Pages, string ManifestSha256)> BuildAsync(AuditPackView pack, IReadOnlyList<IAuditPackSection> chapters,
        CancellationToken ct)
    {
        var (spec, manifest) = await ComposeAsync(pack, chapters, (step, done) => packs.AdvanceAsync(pack.Id, step, done, ct), ct);
        await packs.AdvanceAsync(pack.Id, "Laying out and signing the PDF", chapters.Count + 1, ct);
        var document = PdfDocumentWriter.Layout(spec);
        var pages = document.PageCount;
        var bytes = signer.SignAndSave(document, $"Audit pack {pack.Id} generated for {pack.RequestedBy}");
        return (bytes, pages, manifest.Sha256());
    }

    /// <summary>The pack's document, chapter by chapter, before layout; <paramref name="progress"/> hears of each step.</summary>
    internal async Task<(DocumentSpec Spec, AuditPackManifest Manifest)> ComposeAsync(AuditPackView pack, IReadOnlyList<IAuditPackSection> chapters,
        Func<string, int, Task> progress, CancellationToken ct)
    {
        var step = 0;
        await progress("Verifying the audit chain", step);
        var chain = await log.VerifyAsync(ct);
        var model = await models.GetAsync(pack.ModelKey, ct) ?? throw new NotFoundException($"Model '{pack.ModelKey}' no longer exists.");
        var versions = await VersionsAsync(pack, ct);
        var context = new AuditPackContext(pack, model, versions, chain, time.GetUtcNow(), new AuditPackManifest());

        var elements = new List<DocumentElement>(AuditPackCover.Build(context)) { new ContentsElement() };
        foreach (var chapter in chapters)
        {
            await progress(chapter.Title, ++step);
            elements.Add(new PageBreakElement());
            elements.Add(new HeadingElement(1, chapter.Title));
            elements.AddRange(await chapter.BuildAsync(context, ct));
        }
        var title = $"Audit pack: {model.Name} ({context.ScopeText})";
        var spec = new DocumentSpec(title, pack.RequestedBy,
            $"Audit pack {model.Key}{(pack.Version is null ? "" : " " + pack.Version)} · generated {PackText.Time(context.GeneratedAt)} · pack {pack.Id}",
            elements) { Subject = "Evidence for " + context.ScopeText, CreatedAt = context.GeneratedAt };
        return (spec, context.Manifest);
    }

    /// <summary>The chapters in order, the manifest last.</summary>
    internal IReadOnlyList<IAuditPackSection> Chapters() => sections.Append(new ManifestSection()).ToList();

    private async Task<IReadOnlyList<VersionView>> VersionsAsync(AuditPackView pack, CancellationToken ct)
    {
        if (pack.Version is { } label)
        {
            return [await models.GetVersionAsync(pack.ModelKey, label, ct) ?? throw new NotFoundException($"Version '{label}' of '{pack.ModelKey}' no longer exists.")];
        }
        var list = await models.ListVersionsAsync(pack.ModelKey, new PageRequest(PageSize: PageRequest.MaxPageSize, SortBy: "registered"), ct);
        var versions = new List<VersionView>();
        foreach (var summary in list.Items)
        {
            versions.Add((await models.GetVersionAsync(pack.ModelKey, summary.Label, ct))!);
        }
        return versions;
    }
}
