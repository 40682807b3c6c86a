using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.AuditLog;

/// <summary>The hash-chained audit log: who may verify it, that the database keeps it append-only, and that tampering is found.</summary>
public abstract class AuditChainTests(PortalHost host)
{
    /// <summary>A portal of its own, for tests that break the chain.</summary>
    protected abstract PortalHost NewHost();

    [Theory]
    [InlineData(PortalClients.Priya)]
    [InlineData(PortalClients.Henrik)]
    public async Task VerifyChain_AsComplianceOfficerOrAuditor_IsValidAndChecksEveryEvent(string reader)
    {
        var client = await host.ClientForAsync(reader);
        var audit = new AuditTrail(client);
        var total = await audit.CountAsync();

        var response = await client.GetAsync("/api/v1/audit/verify");

        var verification = await response.ExpectAsync(HttpStatusCode.OK);
        Assert.True(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(total, verification.GetProperty("checkedEvents").GetInt64());
        Assert.Equal(total, await audit.LastSequenceAsync());
    }

    [Theory]
    [InlineData("/api/v1/audit/verify")]
    [InlineData("/api/v1/audit/events")]
    public async Task ReadingTheAuditLog_AsModelOwner_IsForbidden(string path)
    {
        var olivia = await host.ClientForAsync(PortalClients.Olivia);

        var response = await olivia.GetAsync(path);

        await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UpdatingAnAuditEvent_IsRefusedByTheDatabase()
    {
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() =>
            host.ExecuteSqlAsync("UPDATE \"AuditEvents\" SET \"After\" = '{\"tampered\":true}' WHERE \"Sequence\" = 1;"));

        Assert.Contains("append-only", refused.Message);
        var verification = await audit.VerifyAsync();
        Assert.True(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(before, verification.GetProperty("checkedEvents").GetInt64());
    }

    [Fact]
    public async Task DeletingAnAuditEvent_IsRefusedByTheDatabase()
    {
        var audit = await host.AuditTrailAsync();
        var before = await audit.CountAsync();

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => host.ExecuteSqlAsync("DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = 2;"));

        Assert.Contains("append-only", refused.Message);
        Assert.Equal(before, await audit.CountAsync());
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task ChangingAnEventBehindTheTriggers_IsDetectedAtThatEventsSequence()
    {
        await using var fresh = NewHost();
        await fresh.InitializeAsync();
        var olivia = await fresh.ClientForAsync(PortalClients.Olivia);
        var audit = await fresh.AuditTrailAsync();
        var key = Unique.Key("tampered");
        await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(key))).ExpectAsync(HttpStatusCode.Created);
        await (await olivia.PostAsJsonAsync("/api/v1/models", Requests.Model(Unique.Key("later")))).ExpectAsync(HttpStatusCode.Created);
        Assert.True((await audit.VerifyAsync()).GetProperty("valid").GetBoolean());
        var sequence = await audit.SequenceOfAsync("model.created", key);
        await fresh.BypassAppendOnlyTriggersAsync();

        var changed = await fresh.ExecuteSqlAsync(
            $"UPDATE \"AuditEvents\" SET \"After\" = replace(\"After\", 'High', 'Low') WHERE \"Sequence\" = {sequence};");

        Assert.Equal(1, changed);
        var verification = await audit.VerifyAsync();
        Assert.False(verification.GetProperty("valid").GetBoolean());
        Assert.Equal(sequence, verification.GetProperty("sequence").GetInt64());
        Assert.Contains("content", verification.GetProperty("reason").GetString());
    }
}
