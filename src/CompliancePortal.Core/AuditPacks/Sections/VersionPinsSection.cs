using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Models;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>What each version pins (artifact, code commit, environment lock, dataset versions) and whether all of it is pinned.</summary>
public sealed class VersionPinsSection : IAuditPackSection
{
    public string Title => "Version pins and reproducibility";

    public Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
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
        }
        elements.Add(new ParagraphElement(
            "Re-verification of the pinned artifacts against their stores (fetching each and comparing its hash) is not yet recorded by this portal; " +
            "the hashes above are the ones registered with each version.", RunStyle.Italic));
        return Task.FromResult<IReadOnlyList<DocumentElement>>(elements);
    }

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
