using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CompliancePortal.Core.Siem;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Siem;

/// <summary>
/// The audit chain forwarded to a real rsyslog started on loopback (CEF in RFC 5424 over TCP and UDP) and to a
/// loopback stand-in for Splunk's HTTP Event Collector: every event arrives once the receiver is up, carrying its
/// sequence and hash, and nothing is lost while a receiver is down.
/// </summary>
public abstract class SiemDeliveryTests(PortalHost host, FakeTimeProvider clock)
{
    private SiemDelivery Delivery => host.Factory.Services.GetRequiredService<SiemDelivery>();

    [Fact]
    public async Task SyslogOverTcp_DeliversEveryEventInOrder_AsCefCarryingItsSequenceAndHash_AndReportsNoLag()
    {
        await using var rsyslog = await RsyslogReceiver.StartAsync();
        var id = await AddAsync(new { name = "SOC rsyslog", kind = "Syslog", host = "127.0.0.1", port = rsyslog.TcpPort, transport = "Tcp" });
        var events = await AllEventsAsync();

        await Delivery.DeliverAsync(id);

        var received = await rsyslog.WaitForAsync(events.Count);
        Assert.Equal(events.Select(e => e.GetProperty("sequence").GetInt64()), received.Select(r => r.Sequence));
        Assert.Equal(events.Select(e => e.GetProperty("hash").GetString()), received.Select(r => r.Hash));
        var last = received[^1];
        Assert.StartsWith("CEF:0|Compliance Portal|Compliance Portal|", last.Cef);
        Assert.Contains($"cn1={last.Sequence} ", last.Cef);
        Assert.Contains($"cs4={last.Hash} ", last.Cef);
        var health = await HealthAsync(id);
        Assert.Equal(events[^1].GetProperty("sequence").GetInt64(), health.GetProperty("lastDeliveredSequence").GetInt64());
        Assert.Equal(0, health.GetProperty("lag").GetInt64());
        Assert.Equal(JsonValueKind.Null, health.GetProperty("lastError").ValueKind);
    }

    [Fact]
    public async Task SyslogOverTcp_WhileTheReceiverIsDown_KeepsTheCursor_BacksOff_AndResumesWithNothingLost()
    {
        await using var rsyslog = await RsyslogReceiver.StartAsync();
        var id = await AddAsync(new { name = "SOC restarting", kind = "Syslog", host = "127.0.0.1", port = rsyslog.TcpPort, transport = "Tcp" });
        await Delivery.DeliverAsync(id);
        var before = (await AllEventsAsync()).Count;
        await rsyslog.WaitForAsync(before);
        await rsyslog.StopAsync();
        await NewAuditedChangesAsync(3);

        await Delivery.DeliverAsync(id);
        var down = await HealthAsync(id);
        await rsyslog.StartAgainAsync();
        var waiting = await Delivery.DeliverAsync(id);
        clock.Advance(SiemBackoff.First + TimeSpan.FromSeconds(1));
        await Delivery.DeliverAsync(id);

        Assert.NotEqual(JsonValueKind.Null, down.GetProperty("lastError").ValueKind);
        Assert.Equal(1, down.GetProperty("consecutiveFailures").GetInt32());
        Assert.True(down.GetProperty("lag").GetInt64() >= 3);
        Assert.Equal(0, waiting);
        var all = (await AllEventsAsync()).Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        var received = await rsyslog.WaitForAsync(all.Count);
        Assert.Equal(all, received.Select(r => r.Sequence).Distinct().Order());
        Assert.Equal(0, (await HealthAsync(id)).GetProperty("lag").GetInt64());
    }

    [Fact]
    public async Task SyslogOverUdp_DeliversOneDatagramPerEvent()
    {
        await using var rsyslog = await RsyslogReceiver.StartAsync();
        var id = await AddAsync(new { name = "SOC udp", kind = "Syslog", host = "127.0.0.1", port = rsyslog.UdpPort, transport = "Udp" });
        var events = await AllEventsAsync();

        await Delivery.DeliverAsync(id);

        var received = await rsyslog.WaitForAsync(events.Count);
        Assert.Equal(events.Select(e => e.GetProperty("sequence").GetInt64()).Order(), received.Select(r => r.Sequence).Order());
    }

    [Fact]
    public async Task SplunkHec_AfterA503_RetriesOnceTheBackoffHasPassed_AndDeliversEveryEventWithTheTokenHeader()
    {
        await using var collector = LoopbackCollector.Start();
        collector.Answer = HttpStatusCode.ServiceUnavailable;
        var id = await AddAsync(new { name = "Splunk", kind = "SplunkHec", url = collector.Url, token = "0b8c9a1e-hec-token" });
        var events = await AllEventsAsync();

        await Delivery.DeliverAsync(id);
        var failed = await HealthAsync(id);
        collector.Answer = HttpStatusCode.OK;
        clock.Advance(SiemBackoff.First + TimeSpan.FromSeconds(1));
        await Delivery.DeliverAsync(id);

        Assert.Contains("503", failed.GetProperty("lastError").GetString());
        Assert.Equal(0, failed.GetProperty("lastDeliveredSequence").GetInt64());
        Assert.All(collector.Requests, r => Assert.Equal(("/services/collector/event", "Splunk 0b8c9a1e-hec-token"), (r.Path, r.Authorization)));
        var delivered = collector.Requests.Skip(1).SelectMany(r => r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(events.Select(e => e.GetProperty("sequence").GetInt64()), delivered.Select(d => d.GetProperty("event").GetProperty("sequence").GetInt64()));
        Assert.Equal(events[^1].GetProperty("hash").GetString(), delivered[^1].GetProperty("event").GetProperty("hash").GetString());
        Assert.Equal("compliance-portal:audit", delivered[0].GetProperty("sourcetype").GetString());
        Assert.Equal(0, (await HealthAsync(id)).GetProperty("lag").GetInt64());
    }

    [Fact]
    public async Task AddingADestination_ByANonAdministrator_Is403_AndTheTokenIsNeverInTheAuditLog()
    {
        var priya = await host.ClientForAsync(PortalClients.Priya);
        var refused = await priya.PostAsJsonAsync("/api/v1/siem/destinations", new { name = "x", kind = "SplunkHec", url = "http://127.0.0.1:9", token = "t" });
        await refused.ExpectProblemAsync(HttpStatusCode.Forbidden);

        await AddAsync(new { name = "Splunk secret", kind = "SplunkHec", url = "http://127.0.0.1:9", token = "very-secret-hec-token" });

        var added = (await AllEventsAsync()).Last(e => e.GetProperty("action").GetString() == "siem.destination-added");
        Assert.DoesNotContain("very-secret-hec-token", added.GetRawText());
    }

    private async Task<Guid> AddAsync(object destination)
    {
        var alex = await host.ClientForAsync(PortalClients.Alex);
        var created = await (await alex.PostAsJsonAsync("/api/v1/siem/destinations", destination)).ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> HealthAsync(Guid id)
    {
        var alex = await host.ClientForAsync(PortalClients.Alex);
        var all = await (await alex.GetAsync("/api/v1/siem/destinations")).ExpectAsync(HttpStatusCode.OK);
        return all.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == id);
    }

    private async Task NewAuditedChangesAsync(int count)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);
        for (var i = 0; i < count; i++)
        {
            await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(Unique.Key("siem")))).ExpectAsync(HttpStatusCode.Created);
        }
    }

    /// <summary>The whole log, oldest first, from the JSON Lines export.</summary>
    private async Task<IReadOnlyList<JsonElement>> AllEventsAsync()
    {
        var henrik = await host.ClientForAsync(PortalClients.Henrik);
        var text = await (await henrik.GetAsync("/api/v1/audit/events.jsonl")).Content.ReadAsStringAsync();
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }
}
