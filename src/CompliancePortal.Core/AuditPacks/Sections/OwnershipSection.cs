using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>The registry entry: what the model is for, its risk tier, its named owners and its revalidation cadence.</summary>
public sealed class OwnershipSection : IAuditPackSection
{
    public string Title => "Ownership and registry entry";

    public Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var m = context.Model;
        context.Manifest.AddRecord(Title, $"Registry entry {m.Key} (revision {m.Revision})", m);
        IReadOnlyList<DocumentElement> elements =
        [
            TableElement.KeyValues(
            [
                ("Model key", m.Key),
                ("Name", m.Name),
                ("Purpose", m.Purpose),
                ("Business use", m.BusinessUse),
                ("Risk tier", m.RiskTier.ToString()),
                ("Owner", $"{m.Owner.DisplayName} <{m.Owner.Email}>"),
                ("Backup owner", m.BackupOwner is { } b ? $"{b.DisplayName} <{b.Email}>" : "none named"),
                ("Revalidation cadence", m.Cadence.ToString()),
                ("Registered", PackText.Time(m.CreatedAt)),
                ("Last changed", $"{PackText.Time(m.UpdatedAt)} (registry revision {m.Revision})"),
                ("Versions registered", m.VersionCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]),
            new ParagraphElement(m.BackupOwner is null
                ? "The model has a named individual owner and no backup owner."
                : "The model has a named individual owner and a named backup owner."),
        ];
        return Task.FromResult(elements);
    }
}
