using System.Diagnostics;
using System.Globalization;
using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Testing.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// Audit pack generation on the real portal (SQLite): a realistic pack for one version (a full model card, two dozen
/// evaluations, its audit events) and a pack of about a hundred pages (a model with a long history), then the same
/// long document printed from HTML by headless Chromium as the yardstick.
/// </summary>
public static class AuditPackBenchmark
{
    private const string Model = "credit-default-pd";
    private const string Version = "2.1.0";
    private const int Repeats = 5;

    public static async Task RunAsync(int historyRevisions)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPLIANCEPORTAL_WEB",
            Path.Combine(LoadDriver.RepositoryRoot(), "src", "CompliancePortal.Web"));
        await using var portal = new PortalFactory(PortalSettings.Sqlite() with { RunJobs = false });
        portal.CreateClient().Dispose();
        var services = portal.Services;
        var olivia = await ActorAsync(services, "olivia.owens@contoso.example");
        var priya = await ActorAsync(services, "priya.raman@contoso.example");
        await SeedEvidenceAsync(services, olivia);

        var realistic = await TimeAsync(services, priya, Version, "realistic pack (one version)");
        Console.WriteLine($"Adding {historyRevisions} card revisions of history…");
        await AddHistoryAsync(services, olivia, historyRevisions);
        var longPack = await TimeAsync(services, priya, null, "long pack (whole model, long history)");

        var generator = services.GetRequiredService<AuditPackGenerator>();
        var pack = await services.GetRequiredService<AuditPackService>().RequestAsync(priya, new AuditPackRequest(Model));
        var (spec, _) = await generator.ComposeAsync(pack, generator.Chapters(), (_, _) => Task.CompletedTask, CancellationToken.None);
        var layout = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            var document = PdfDocumentWriter.Layout(spec);
            services.GetRequiredService<AuditPackSigner>().SignAndSave(document, "benchmark");
            layout.Add(watch.Elapsed.TotalSeconds);
        }
        var directory = Path.Combine(Path.GetTempPath(), "cp-pack-bench");
        Directory.CreateDirectory(directory);
        var htmlPath = Path.Combine(directory, "pack.html");
        await File.WriteAllTextAsync(htmlPath, HtmlYardstick.ToHtml(spec));
        var chromium = new List<double>();
        var chromiumPages = 0;
        for (var i = 0; i < Repeats; i++)
        {
            var pdfPath = Path.Combine(directory, $"pack-{i}.pdf");
            File.Delete(pdfPath);
            chromium.Add((await HtmlYardstick.PrintAsync(htmlPath, pdfPath)).TotalSeconds);
            using var printed = PdfDocument.Open(pdfPath);
            chromiumPages = printed.NumberOfPages;
        }
        Console.WriteLine($"Same long document: PDFsharp layout + signing median {Median(layout):0.000} s (min {layout.Min():0.000}); " +
            $"Chromium print-to-PDF median {Median(chromium):0.000} s (min {chromium.Min():0.000}, {chromiumPages} pages); " +
            $"ratio {Median(chromium) / Median(layout):0.0}×");
        Console.WriteLine($"Summary: realistic {realistic:0.000} s, long {longPack:0.000} s");
    }

    private static async Task<double> TimeAsync(IServiceProvider services, Actor priya, string? version, string name)
    {
        var timings = new List<double>();
        AuditPackView? last = null;
        for (var i = 0; i < Repeats; i++)
        {
            var pack = await services.GetRequiredService<AuditPackService>().RequestAsync(priya, new AuditPackRequest(Model, version));
            var watch = Stopwatch.StartNew();
            await services.GetRequiredService<AuditPackGenerator>().GenerateAsync(pack.Id, CancellationToken.None);
            timings.Add(watch.Elapsed.TotalSeconds);
            last = await services.GetRequiredService<AuditPackQueries>().GetAsync(pack.Id);
            if (last.Status != AuditPackStatus.Ready)
            {
                throw new InvalidOperationException(last.Error);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {last!.PageCount} pages, {last.SizeBytes / 1024.0:0} KiB; median {Median(timings):0.000} s, min {timings.Min():0.000}, max {timings.Max():0.000}"));
        return Median(timings);
    }

    private static async Task SeedEvidenceAsync(IServiceProvider services, Actor olivia)
    {
        var cards = services.GetRequiredService<ModelCardService>();
        await cards.SaveAsync(olivia, Model, Version, Card(0), "benchmark", 0);
        var goldenSets = services.GetRequiredService<GoldenSetService>();
        await goldenSets.RegisterAsync(olivia, Model, new GoldenSetDefinition("holdout", "defaulted", ["income", "debt_ratio"],
            [new(MetricKind.Accuracy, 0.8), new(MetricKind.RocAuc, 0.75)]));
        var csv = "income,debt_ratio,defaulted\n52000,0.31,0\n18000,0.72,1\n61000,0.12,0\n"u8.ToArray();
        await goldenSets.UploadVersionAsync(olivia, Model, "holdout", csv);
        var hash = Hashes.Sha256Hex(csv);
        var evaluations = services.GetRequiredService<EvaluationService>();
        var start = DateTimeOffset.UtcNow.AddDays(-24 * 7);
        for (var i = 0; i < 24; i++)
        {
            var at = start.AddDays(7 * i);
            await evaluations.RecordPostedAsync(olivia, Model, Version, new PostedEvaluation("holdout", hash, new EvaluatorIdentity("credit-harness", "v2.3.1"),
                new Dictionary<string, double> { ["accuracy"] = 0.82 + 0.002 * i, ["rocAuc"] = 0.79 + 0.001 * i }, at.AddMinutes(-4), at));
        }
    }

    private static async Task AddHistoryAsync(IServiceProvider services, Actor olivia, int revisions)
    {
        var cards = services.GetRequiredService<ModelCardService>();
        var current = (await services.GetRequiredService<ModelCardQueries>().GetAsync(Model, Version))!.Revision;
        for (var i = 1; i <= revisions; i++)
        {
            current = await cards.SaveAsync(olivia, Model, Version, Card(i), $"revision {i}", current);
        }
    }

    private static async Task<Actor> ActorAsync(IServiceProvider services, string email)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var person = await db.People.AsNoTracking().SingleAsync(p => p.Email == email);
        return new Actor(person.Id, person.DisplayName, new HashSet<string>(person.Roles));
    }

    private static string Card(int revision) => $$"""
        # Credit default PD model

        ## Purpose and intended use

        Estimates the probability that a retail borrower defaults within twelve months. Used by credit officers to set limits and by the
        risk function for IFRS 9 staging. Not for use on business lending or for automated declines without review. Revision {{revision}}.

        ## Training data

        Five years of retail loan applications and their twelve-month outcomes from the core banking system, snapshot 2026-06-30,
        deduplicated by applicant. Defaults are 90 days past due. Applications withdrawn before decision are excluded.

        | Source | Rows | Period |
        | --- | --- | --- |
        | core-banking.loan_applications | 1,284,113 | 2021-07 to 2026-06 |
        | bureau.scores | 1,271,902 | 2021-07 to 2026-06 |

        ## Evaluation

        Evaluated on the holdout golden set (accuracy, ROC AUC) by the credit harness. Thresholds: accuracy at least 0.80, ROC AUC at least 0.75.
        Calibration checked by decile; the largest gap is 1.8 points in the top decile.

        ## Known limitations

        - Thin-file applicants (fewer than two bureau trades) are scored less reliably; their ROC AUC is 0.71.
        - The model has not seen a full credit cycle downturn; stress results are in the appendix.
        - Income is self-declared for 12% of applications.

        ## Fairness analysis

        Approval-rate parity across age bands and postcode deprivation deciles is within four points; the adverse impact ratio is
        above 0.85 for every protected group the bank can lawfully measure. See the fairness notebook at
        [the model risk site](https://mrm.contoso.example/credit-default-pd/fairness).

        ```python
        features = ["income", "debt_ratio", "bureau_score", "months_on_book"]
        model = LogisticRegression(C=0.5, class_weight="balanced").fit(X[features], y)
        ```
        """;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
