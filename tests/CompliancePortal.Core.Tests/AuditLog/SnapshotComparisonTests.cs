using CompliancePortal.Core.AuditLog;

namespace CompliancePortal.Core.Tests.AuditLog;

public class SnapshotComparisonTests
{
    [Fact]
    public void Compare_LinesUpFieldsByPath_AndMarksWhatChanged()
    {
        var rows = SnapshotComparison.Compare(
            """{"name":"Credit","riskTier":"High","owner":{"id":"a"},"tags":["x","y"]}""",
            """{"name":"Credit","riskTier":"Critical","owner":{"id":"b"},"tags":["x"]}""");

        Assert.Equal(
        [
            new SnapshotChange("name", "Credit", "Credit"),
            new SnapshotChange("riskTier", "High", "Critical"),
            new SnapshotChange("owner.id", "a", "b"),
            new SnapshotChange("tags[0]", "x", "x"),
            new SnapshotChange("tags[1]", "y", null),
        ], rows);
        Assert.Equal(["riskTier", "owner.id", "tags[1]"], rows.Where(r => r.Changed).Select(r => r.Field));
    }

    [Fact]
    public void Compare_ACreation_HasOnlyAfterValues()
    {
        var rows = SnapshotComparison.Compare(null, """{"key":"credit","versions":[],"cadence":null,"months":6}""");

        Assert.Equal(
        [
            new SnapshotChange("key", null, "credit"),
            new SnapshotChange("versions", null, "[]"),
            new SnapshotChange("cadence", null, "null"),
            new SnapshotChange("months", null, "6"),
        ], rows);
    }

    [Fact]
    public void Compare_TextThatIsNotJson_IsShownAsOneValue()
    {
        Assert.Equal([new SnapshotChange("(value)", null, "not json {")], SnapshotComparison.Compare("", "not json {"));
    }
}
