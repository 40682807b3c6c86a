using System.Text;
using System.Text.Json;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.AuditPacks;

/// <summary>
/// The list of evidence hashes printed at the end of a pack. Records are hashed as compact JSON of what the pack shows;
/// hashes the portal already keeps (card revisions, dataset contents, audit events) are listed as they are stored.
/// </summary>
public sealed class AuditPackManifest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<ManifestEntry> _entries = [];

    public IReadOnlyList<ManifestEntry> Entries => _entries;

    public void Add(string section, string evidence, string sha256) => _entries.Add(new ManifestEntry(section, evidence, sha256));

    /// <summary>Adds a record of evidence by the SHA-256 of its JSON.</summary>
    public string AddRecord(string section, string evidence, object record)
    {
        var hash = HashOf(record);
        Add(section, evidence, hash);
        return hash;
    }

    public static string HashOf(object record) => Hashes.Sha256Hex(JsonSerializer.Serialize(record, record.GetType(), Json));

    /// <summary>SHA-256 over one line per entry ("section | evidence | hash"), in order.</summary>
    public string Sha256()
    {
        var text = new StringBuilder();
        foreach (var e in _entries)
        {
            text.Append(e.Section).Append(" | ").Append(e.Evidence).Append(" | ").Append(e.Sha256).Append('\n');
        }
        return Hashes.Sha256Hex(text.ToString());
    }
}
