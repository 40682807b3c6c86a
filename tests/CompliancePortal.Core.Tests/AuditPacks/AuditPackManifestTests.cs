using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Tests.AuditPacks;

public class AuditPackManifestTests
{
    [Fact]
    public void Sha256_IsTheHashOfOneLinePerEntryInOrder()
    {
        var manifest = new AuditPackManifest();
        manifest.Add("Model cards", "Card 1.0.0 revision 2", new string('a', 64));
        manifest.Add("Audit events", "Event #7", new string('b', 64));

        Assert.Equal(Hashes.Sha256Hex($"Model cards | Card 1.0.0 revision 2 | {new string('a', 64)}\nAudit events | Event #7 | {new string('b', 64)}\n"),
            manifest.Sha256());
    }

    [Fact]
    public void AddRecord_HashesTheRecordsJson_SoAChangedValueChangesItsHash()
    {
        var manifest = new AuditPackManifest();

        var first = manifest.AddRecord("S", "one", new { Label = "1.0.0", Stage = "Draft" });
        var second = manifest.AddRecord("S", "two", new { Label = "1.0.0", Stage = "Production" });

        Assert.Equal(Hashes.Sha256Hex("{\"label\":\"1.0.0\",\"stage\":\"Draft\"}"), first);
        Assert.NotEqual(first, second);
        Assert.Equal(2, manifest.Entries.Count);
    }
}
