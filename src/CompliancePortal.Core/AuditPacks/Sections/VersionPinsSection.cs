using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// What each version pins (artifact, code commit, environment lock, dataset versions), whether all of it is pinned, and
/// the latest recorded reproducibility check that re-verified those pins.
/// </summary>
public sealed class VersionPinsSection(ReproducibilityService reproducibility) : IAuditPackSection
{
    public string Title => "Version pins and reproducibility";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var elements = new List<DocumentElement>();
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered."));
        }
        foreach (var v in context.Versions)
        {
            context.Manifest.AddRecord(Title, $"Version {v.Label} registration", v);
            elements.Add(new HeadingElement(2, $"Version {v.Label}"));
            elements.Add(new TableElement(null,
            [
                Row("Stage", v.Stage.ToString()),
                Row("Change class", v.ChangeClass.ToString()),
                Row("Registered", $"{PackText.Time(v.RegisteredAt)} by {v.RegisteredBy}"),
                Row("Artifact", v.ArtifactUri),
                [TableCell.Text("Artifact SHA-256"), TableCell.Code(v.ArtifactSha256)],
                Row("Code repository", v.CodeRepository),
                [TableCell.Text("Code commit"), TableCell.Code(v.CodeCommit)],
                [TableCell.Text("Environment lock SHA-256"), TableCell.Code(v.EnvironmentLockHash)],
            ], [1, 2.5]));
            if (v.Datasets.Count > 0)
            {
                elements.Add(new TableElement(
                    [TableCell.Text("Dataset version (source system)"), TableCell.Text("Rows"), TableCell.Text("Content SHA-256")],
                    v.Datasets.Select(d => (IReadOnlyList<TableCell>)
                    [
                        TableCell.Text($"{d.Reference} ({d.SourceSystemName})"),
                        TableCell.Text(d.RowCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"), TableCell.Code(d.ContentHash),
                    ]).ToList(),
                    [1.2, 0.4, 3.2]));
                foreach (var d in v.Datasets)
                {
                    context.Manifest.Add(Title, $"Dataset version {d.Reference} (content)", d.ContentHash);
                }
            }
            elements.Add(new ParagraphElement(PinsStatement(v)));
            var check = await reproducibility.LatestAsync(v.ModelKey, v.Label, ct);
            elements.AddRange(CheckElements(v, check is null ? null : ReproducibilityCheckView.From(check), context.Manifest, Title));
        }
        return elements;
    }

    /// <summary>The latest recorded reproducibility check of a version, item by item, or a plain statement that none was run.</summary>
    internal static IReadOnlyList<DocumentElement> CheckElements(VersionView v, ReproducibilityCheckView? check, AuditPackManifest manifest, string section)
    {
        var elements = new List<DocumentElement> { new HeadingElement(3, $"Reproducibility check of {v.Label}", InContents: false) };
        if (check is null)
        {
            elements.Add(new ParagraphElement($"No reproducibility check has been run for {v.Label}; the hashes above are the ones registered with it " +
                "and have not been re-verified against their stores."));
            return elements;
        }
        var rows = ReproducibilityRows.From(v, check);
        manifest.AddRecord(section, $"Reproducibility check {check.Id} of {v.Label}",
            new { check.Id, check.Passed, check.CheckedBy, check.CheckedAt, Items = rows });
        elements.Add(new ParagraphElement([
            new TextRun($"Latest check: {(check.Passed ? "PASSED" : "FAILED")}", RunStyle.Bold),
            new TextRun($", checked {PackText.Time(check.CheckedAt)} by {check.CheckedBy}. " +
                "Verified: re-read and its SHA-256 matched the pin; pinned, not reachable: stored where the portal cannot read, so the pin stands."),
        ]));
        elements.Add(new TableElement(
            [TableCell.Text("Item"), TableCell.Text("Status"), TableCell.Text("Expected (pinned) / found"), TableCell.Text("Detail")],
            rows.Select(r => (IReadOnlyList<TableCell>)
            [
                TableCell.Text($"{r.Kind}: {r.Reference}"), TableCell.Text(StatusText(r.Status)),
                new TableCell([
                    new TextRun("expected "), new TextRun(r.Expected ?? "—", RunStyle.Code),
                    new TextRun("\nfound "), r.Found is null ? new TextRun(r.Status == ReproducibilityStatus.PinnedNotReachable ? "not re-read" : "—")
                        : new TextRun(r.Found, RunStyle.Code),
                ]),
                TableCell.Text(r.Detail),
            ]).ToList(),
            [1.3, 0.75, 1.9, 1.5]));
        return elements;
    }

    private static string StatusText(ReproducibilityStatus status) => status switch
    {
        ReproducibilityStatus.Verified => "Verified",
        ReproducibilityStatus.PinnedNotReachable => "Pinned, not reachable",
        ReproducibilityStatus.NotPinned => "NOT PINNED",
        ReproducibilityStatus.Missing => "MISSING",
        ReproducibilityStatus.Mismatch => "MISMATCH",
        _ => status.ToString(),
    };

    private static IReadOnlyList<TableCell> Row(string key, string value) => [TableCell.Text(key), TableCell.Text(value)];

    private static string PinsStatement(VersionView v)
    {
        var missing = new List<string>();
        if (string.IsNullOrEmpty(v.ArtifactSha256))
        {
            missing.Add("artifact hash");
        }
        if (string.IsNullOrEmpty(v.CodeCommit))
        {
            missing.Add("code commit");
        }
        if (string.IsNullOrEmpty(v.EnvironmentLockHash))
        {
            missing.Add("environment lock");
        }
        if (v.Datasets.Count == 0)
        {
            missing.Add("dataset versions");
        }
        return missing.Count == 0
            ? $"Pins: complete — artifact hash, code commit, environment lock and {v.Datasets.Count} dataset version(s) are recorded."
            : $"Pins: incomplete — missing {string.Join(", ", missing)}.";
    }
}
