using System.Text;
using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Siem;

namespace CompliancePortal.Core.Tests.Siem;

public class SyslogMessageTests
{
    private static readonly AuditEventView Event = new(42, new DateTimeOffset(2026, 11, 26, 9, 30, 0, TimeSpan.FromHours(1)).AddTicks(1234560),
        null, "Olivia", "model-card.created", "ModelCard", "c-1", "credit", null, null, new string('0', 64), new string('a', 64));

    [Fact]
    public void Format_IsAnRfc5424MessageWithPriVersionUtcTimestampHostAppMsgIdStructuredDataAndABomBeforeTheMessage()
    {
        var bytes = SyslogMessage.Format(Event, "portal-1", "CEF:0|x");

        var expectedHeader = "<109>1 2026-11-26T08:30:00.123456Z portal-1 compliance-portal - model-card.created " +
            $"[cp@32473 seq=\"42\" hash=\"{new string('a', 64)}\" prev=\"{new string('0', 64)}\"] ";
        Assert.Equal(expectedHeader, Encoding.ASCII.GetString(bytes, 0, expectedHeader.Length));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[expectedHeader.Length..(expectedHeader.Length + 3)]);
        Assert.Equal("CEF:0|x", Encoding.UTF8.GetString(bytes[(expectedHeader.Length + 3)..]));
    }

    [Fact]
    public void Priority_IsLogAuditFacilityTimesEightPlusNotice()
    {
        Assert.Equal(13 * 8 + 5, SyslogMessage.Priority);
    }

    [Theory]
    [InlineData("ok", "ok")]
    [InlineData("a\"b", "a\\\"b")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a]b", @"a\]b")]
    public void ParamValue_EscapesQuoteBackslashAndClosingBracket(string value, string expected)
    {
        Assert.Equal(expected, SyslogMessage.ParamValue(value));
    }

    [Theory]
    [InlineData("host name", 255, "hostname")]
    [InlineData("", 32, "-")]
    [InlineData("abcdefghij", 4, "abcd")]
    [InlineData("naïve", 32, "nave")]
    public void HeaderField_IsPrintableAsciiWithoutSpaces_CutToItsLength_OrANilValue(string value, int length, string expected)
    {
        Assert.Equal(expected, SyslogMessage.HeaderField(value, length));
    }

    [Fact]
    public void OctetCounted_PrefixesTheByteLengthAndASpace()
    {
        var message = Encoding.UTF8.GetBytes("<109>1 é");

        var framed = SyslogMessage.OctetCounted(message);

        Assert.Equal("9 <109>1 é", Encoding.UTF8.GetString(framed));
    }
}
