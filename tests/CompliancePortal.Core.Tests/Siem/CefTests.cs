using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Siem;

namespace CompliancePortal.Core.Tests.Siem;

public class CefTests
{
    private static readonly AuditEventView Event = new(42, new DateTimeOffset(2026, 11, 26, 8, 30, 0, 123, TimeSpan.Zero), null, "Olivia Owens",
        "model.updated", "Model", "m-1", "credit", null, null, new string('0', 64), new string('a', 64));

    [Theory]
    [InlineData(@"plain", @"plain")]
    [InlineData(@"a|b", @"a\|b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData(@"a\|b", @"a\\\|b")]
    [InlineData("a=b", "a=b")]
    [InlineData("line\nbreak", "line break")]
    public void Header_EscapesPipeAndBackslash_PerTheCefSpec(string value, string expected)
    {
        Assert.Equal(expected, Cef.Header(value));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a=b", @"a\=b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a|b", "a|b")]
    [InlineData("one\ntwo", @"one\ntwo")]
    [InlineData("one\r\ntwo", @"one\r\ntwo")]
    public void ExtensionValue_EscapesEqualsBackslashAndLineBreaks_PerTheCefSpec(string value, string expected)
    {
        Assert.Equal(expected, Cef.ExtensionValue(value));
    }

    [Fact]
    public void Format_HasTheSevenHeaderFieldsAndCarriesTheSequenceAndHash()
    {
        var cef = Cef.Format(Event, "1.2.0");

        Assert.Equal(
            "CEF:0|Compliance Portal|Compliance Portal|1.2.0|model.updated|model.updated|3|rt=1795681800123 suser=Olivia Owens act=model.updated " +
            "cs1Label=entityType cs1=Model cs2Label=entityId cs2=m-1 cs3Label=modelKey cs3=credit " +
            $"cs4Label=hash cs4={new string('a', 64)} cs5Label=previousHash cs5={new string('0', 64)} cn1Label=sequence cn1=42 externalId=42",
            cef);
    }

    [Fact]
    public void Format_EscapesAnActorNameThatCouldForgeAnExtensionField()
    {
        var cef = Cef.Format(Event with { ActorName = "Mallory act=audit.chain-verified\nsuser=Admin" }, "1");

        Assert.Contains(@"suser=Mallory act\=audit.chain-verified\nsuser\=Admin act=model.updated", cef);
    }

    [Fact]
    public void Format_OfABrokenChain_IsTheHighestSeverity()
    {
        Assert.Contains("|audit.chain-broken|audit.chain-broken|10|", Cef.Format(Event with { Action = "audit.chain-broken" }, "1"));
    }
}
