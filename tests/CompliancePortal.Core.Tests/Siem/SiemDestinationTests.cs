using CompliancePortal.Core.Common;
using CompliancePortal.Core.Siem;

namespace CompliancePortal.Core.Tests.Siem;

public class SiemDestinationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Admin = new(Guid.NewGuid(), "Alex Morgan", new HashSet<string>());

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    [InlineData(50, 600)]
    public void Backoff_DoublesFromFiveSecondsUpToTenMinutes(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), SiemBackoff.After(failures));
    }

    [Fact]
    public void Failed_KeepsTheCursor_AndIsNotDueUntilTheBackoffHasPassed()
    {
        var destination = Syslog();
        destination.Delivered(10, At);

        destination.Failed("connection refused", At);
        destination.Failed("connection refused", At.AddSeconds(5));

        Assert.Equal(10, destination.LastDeliveredSequence);
        Assert.Equal(2, destination.ConsecutiveFailures);
        Assert.False(destination.IsDue(At.AddSeconds(14)));
        Assert.True(destination.IsDue(At.AddSeconds(15)));
    }

    [Fact]
    public void Delivered_ClearsTheErrorAndNeverMovesTheCursorBack()
    {
        var destination = Syslog();
        destination.Delivered(20, At);
        destination.Failed("timeout", At);

        destination.Delivered(15, At.AddMinutes(1));

        Assert.Equal(20, destination.LastDeliveredSequence);
        Assert.Null(destination.LastError);
        Assert.Equal(0, destination.ConsecutiveFailures);
        Assert.True(destination.IsDue(At.AddMinutes(1)));
    }

    [Theory]
    [InlineData(SiemDestinationKind.Syslog, null, 514, SyslogTransport.Tcp, null, null, "Host")]
    [InlineData(SiemDestinationKind.Syslog, "siem.example", 0, SyslogTransport.Tcp, null, null, "Port")]
    [InlineData(SiemDestinationKind.Syslog, "siem.example", 514, null, null, null, "Transport")]
    [InlineData(SiemDestinationKind.SplunkHec, null, null, null, "ftp://splunk", "t", "Url")]
    [InlineData(SiemDestinationKind.SplunkHec, null, null, null, "https://splunk.example:8088", " ", "Token")]
    public void Request_MissingWhatItsKindNeeds_NamesTheField(SiemDestinationKind kind, string? host, int? port, SyslogTransport? transport,
        string? url, string? token, string field)
    {
        var errors = new SiemDestinationRequest("SOC", kind, host, port, transport, url, token).Validate();

        var refused = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny);
        Assert.Equal([field], refused.Errors.Keys);
    }

    [Fact]
    public void Snapshot_NeverContainsTheToken()
    {
        var destination = SiemDestination.Create(new SiemDestinationRequest("Splunk", SiemDestinationKind.SplunkHec, Url: "https://splunk.example:8088",
            Token: "secret-token"), "protected-blob", Admin, At, 0);

        var json = System.Text.Json.JsonSerializer.Serialize(destination.Snapshot());

        Assert.DoesNotContain("secret", json);
        Assert.DoesNotContain("protected-blob", json);
        Assert.Contains("\"HasToken\":true", json);
    }

    private static SiemDestination Syslog() =>
        SiemDestination.Create(new SiemDestinationRequest("SOC", SiemDestinationKind.Syslog, "127.0.0.1", 514, SyslogTransport.Tcp), null, Admin, At, 0);
}
