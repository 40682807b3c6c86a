using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>Every evaluation of each version: golden set, versioned evaluator, metrics against thresholds, and metrics over time.</summary>
public sealed class EvaluationSection(EvaluationQueries evaluations) : IAuditPackSection
{
    public string Title => "Evaluation evidence";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var elements = new List<DocumentElement>();
        foreach (var v in context.Versions)
        {
            elements.Add(new HeadingElement(2, $"Evaluations of version {v.Label}"));
            var runs = (await evaluations.EvaluationsAsync(v.ModelKey, v.Label, ct)).OrderBy(r => r.FinishedAt).ToList();
            if (runs.Count == 0)
            {
                elements.Add(new ParagraphElement("No evaluation of this version is recorded."));
                continue;
            }
            var passed = runs.Count(r => r.Passed);
            elements.Add(new ParagraphElement($"{runs.Count} evaluation(s) recorded, {passed} passed. The latest, finished " +
                $"{PackText.Time(runs[^1].FinishedAt)}, {(runs[^1].Passed ? "passed" : "failed")}."));
            elements.Add(new TableElement(
                [TableCell.Text("Finished"), TableCell.Text("Golden set"), TableCell.Text("Evaluator"), TableCell.Text("Trigger"), TableCell.Text("Result")],
                runs.Select(r => (IReadOnlyList<TableCell>)
                [
                    TableCell.Text(PackText.Time(r.FinishedAt)), TableCell.Text($"{r.GoldenSet} v{r.GoldenSetVersion}"),
                    TableCell.Text($"{r.EvaluatorName} {r.EvaluatorVersion}"), TableCell.Text(r.Trigger.ToString()),
                    TableCell.Text(r.Passed ? "PASS" : "FAIL"),
                ]).ToList(),
                [1.3, 1.1, 1.4, 0.7, 0.5]));
            if (runs.Count > 1)
            {
                var series = runs.SelectMany(r => r.Metrics.Select(m => (r.FinishedAt, m)))
                    .GroupBy(x => x.m.Kind)
                    .Select(g => new ChartSeries(g.Key.DisplayName(), g.Select(x => new ChartPoint(x.FinishedAt, x.m.Value)).ToList()))
                    .ToList();
                elements.Add(new ChartElement($"Metrics of version {v.Label} over time", series));
            }
            foreach (var r in runs)
            {
                context.Manifest.AddRecord(Title, $"Evaluation {r.Id} of {v.Label}", r);
                context.Manifest.Add(Title, $"Golden set {r.GoldenSet} v{r.GoldenSetVersion} (content)", r.GoldenSetContentHash);
                elements.Add(new HeadingElement(3, $"Evaluation of {PackText.Time(r.FinishedAt)}: {(r.Passed ? "passed" : "failed")}", InContents: false));
                elements.Add(new ParagraphElement(
                    $"Golden set {r.GoldenSet} version {r.GoldenSetVersion}, evaluator {r.EvaluatorName} {r.EvaluatorVersion} ({r.Source}), " +
                    $"triggered {r.Trigger}, recorded by {r.RecordedBy}. Scored artifact SHA-256 {r.ArtifactSha256}.", RunStyle.Regular) { Small = true });
                elements.Add(new TableElement(
                    [TableCell.Text("Metric"), TableCell.Text("Value"), TableCell.Text("Threshold"), TableCell.Text("Result")],
                    r.Metrics.Select(m => (IReadOnlyList<TableCell>)
                    [
                        TableCell.Text(m.Kind.DisplayName()), TableCell.Text(PackText.Number(m.Value)), TableCell.Text(PackText.Number(m.Threshold)),
                        TableCell.Text(m.Passed ? "pass" : "fail"),
                    ]).ToList(),
                    [1.6, 1, 1, 0.6]));
            }
        }
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered, so there are no evaluations."));
        }
        return elements;
    }
}
