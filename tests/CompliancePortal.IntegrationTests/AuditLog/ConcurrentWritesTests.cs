using System.Net;
using System.Net.Http.Json;
using CompliancePortal.IntegrationTests.Support;
using CompliancePortal.Testing.Portal;

namespace CompliancePortal.IntegrationTests.AuditLog;

/// <summary>
/// Many writers at once, through every app instance that shares the database: each change gets its own place in
/// one chain, with no gap, no fork and no refused write.
/// </summary>
public abstract class ConcurrentWritesTests
{
    private const int WritesPerPersonAndHost = 20;

    /// <summary>The app instances that share one database, started in order.</summary>
    protected abstract Task<IReadOnlyList<PortalHost>> StartHostsAsync();

    [Fact]
    public async Task ParallelWrites_ThroughEveryHost_ExtendOneValidChainWithoutGaps()
    {
        var hosts = await StartHostsAsync();
        try
        {
            var writers = new List<HttpClient>();
            foreach (var h in hosts)
            {
                writers.Add(await h.ClientForAsync(PortalClients.Olivia));
                writers.Add(await h.ClientForAsync(PortalClients.Marcus));
            }
            var audit = await hosts[^1].AuditTrailAsync();
            var before = await audit.CountAsync();
            var writes = writers.SelectMany(w => Enumerable.Range(0, WritesPerPersonAndHost)
                .Select(_ => w.PostAsJsonAsync("/api/v1/source-systems", Requests.SourceSystem(Unique.Key("parallel"))))).ToList();

            var responses = await Task.WhenAll(writes);

            foreach (var response in responses)
            {
                await response.ExpectAsync(HttpStatusCode.Created);
            }
            var verification = await audit.VerifyAsync();
            Assert.True(verification.GetProperty("valid").GetBoolean(), verification.ToString());
            Assert.Equal(before + writes.Count, verification.GetProperty("checkedEvents").GetInt64());
            Assert.Equal(Enumerable.Range(1, (int)before + writes.Count).Select(s => (long)s), await audit.AllSequencesAsync());
        }
        finally
        {
            foreach (var h in hosts.Reverse())
            {
                await h.DisposeAsync();
            }
        }
    }
}
