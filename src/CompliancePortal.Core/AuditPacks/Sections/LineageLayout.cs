using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Lineage.Trace;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>How one version's lineage reads on paper: figure, runs, dataset versions, source systems, gaps.</summary>
internal static class LineageLayout
{
    public static IReadOnlyList<DocumentElement> Version(VersionLineage lineage, AuditPackManifest manifest, string section)
    {
        var label = lineage.ModelVersion.Label;
        var elements = new List<DocumentElement> { new HeadingElement(2, $"Lineage of version {label}") };
        manifest.AddRecord(section, $"Lineage of {label} ({lineage.Runs.Count} runs, {lineage.DatasetVersions.Count} dataset versions, {lineage.Gaps.Count} gaps)",
            new { lineage.ModelVersion.ModelKey, lineage.ModelVersion.Label, lineage.Runs, lineage.DatasetVersions, lineage.SourceSystems, lineage.Gaps });
        if (lineage.Runs.Count == 0 && lineage.DatasetVersions.Count == 0)
        {
            elements.Add(new ParagraphElement($"No lineage is recorded for {label}: it pins no dataset version the portal knows and no run is linked to it."));
            elements.AddRange(Gaps(lineage));
            return elements;
        }
        elements.Add(new ParagraphElement($"Traced back from {lineage.ModelVersion.ModelKey} {label}: {lineage.Runs.Count} run(s), " +
            $"{lineage.DatasetVersions.Count} dataset version(s), {lineage.SourceSystems.Count} source system(s), {lineage.Gaps.Count} gap(s)."));
        elements.Add(LineageFigure.From(lineage));

        elements.Add(new HeadingElement(3, "Runs (jobs)", InContents: false));
        elements.Add(lineage.Runs.Count == 0
            ? new ParagraphElement($"No training run is linked to {label} and no run is known to have written the data it pins.")
            : new TableElement(
                [TableCell.Text("Job and run"), TableCell.Text("Role, state, time"), TableCell.Text("Code"), TableCell.Text("Inputs"), TableCell.Text("Outputs")],
                lineage.Runs.Select(r => (IReadOnlyList<TableCell>)
                [
                    new TableCell([new TextRun($"{r.JobNamespace}/{r.JobName}\nrun "), new TextRun(r.RunId.ToString(), RunStyle.Code)]),
                    TableCell.Text($"{r.Role}, {r.State}\n{PackText.Time(r.StartedAt)} to {PackText.Time(r.EndedAt)}"),
                    r.CodeCommit is null ? TableCell.Text("no commit named")
                        : new TableCell([new TextRun((r.CodeRepository ?? "") + "\n"), new TextRun(r.CodeCommit, RunStyle.Code)]),
                    TableCell.Text(r.Read.Count == 0 ? "—" : string.Join("\n", r.Read)),
                    TableCell.Text(r.Wrote.Count == 0 ? "—" : string.Join("\n", r.Wrote)),
                ]).ToList(),
                [1.3, 1, 1.3, 1.1, 1.1]));

        elements.Add(new HeadingElement(3, "Dataset versions", InContents: false));
        elements.Add(lineage.DatasetVersions.Count == 0
            ? new ParagraphElement("No dataset versions are on record for this version.")
            : new TableElement(
                [TableCell.Text("Dataset version"), TableCell.Text("Location"), TableCell.Text("Content SHA-256"), TableCell.Text("Recorded"), TableCell.Text("Source")],
                lineage.DatasetVersions.Select(d => (IReadOnlyList<TableCell>)
                [
                    TableCell.Text($"{d.Reference}{(d.PinnedByModelVersion ? "\npinned by the version" : "")}"),
                    TableCell.Text(d.Uri),
                    d.ContentSha256 is null ? TableCell.Text($"unknown; tool version {d.ExternalVersion ?? "none"}") : TableCell.Code(d.ContentSha256),
                    TableCell.Text($"{PackText.Time(d.CapturedAt)}\n{d.Origin}"),
                    TableCell.Text(d.SourceSystemKey),
                ]).ToList(),
                [1.2, 1.2, 1.7, 0.9, 0.7]));

        if (lineage.SourceSystems.Count > 0)
        {
            elements.Add(new HeadingElement(3, "Source systems", InContents: false));
            elements.Add(new TableElement(
                [TableCell.Text("Key"), TableCell.Text("Name"), TableCell.Text("Kind"), TableCell.Text("Description")],
                lineage.SourceSystems.Select(s => (IReadOnlyList<TableCell>)
                [
                    TableCell.Text(s.Key), TableCell.Text(s.Name), TableCell.Text(s.Kind), TableCell.Text(s.Description ?? "not described"),
                ]).ToList(),
                [1, 1.2, 0.9, 2]));
        }
        elements.AddRange(Gaps(lineage));
        return elements;
    }

    private static IEnumerable<DocumentElement> Gaps(VersionLineage lineage)
    {
        yield return new HeadingElement(3, "Gaps", InContents: false);
        if (lineage.Gaps.Count == 0)
        {
            yield return new ParagraphElement("No gaps: a complete training run with a named commit, content hashes for every dataset version, and described source systems.");
            yield break;
        }
        yield return new ParagraphElement($"{lineage.Gaps.Count} question(s) an auditor would ask that this lineage cannot yet answer:");
        yield return new TableElement(
            [TableCell.Text("About"), TableCell.Text("Gap"), TableCell.Text("What closes it")],
            lineage.Gaps.Select(g => (IReadOnlyList<TableCell>)[TableCell.Text(g.Subject), TableCell.Text(g.Problem), TableCell.Text(g.Fix)]).ToList(),
            [1.1, 1.8, 1.8]);
    }
}
