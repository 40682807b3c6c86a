using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CompliancePortal.Testing.Portal;
using CompliancePortal.Testing.Postgres;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// Drives the real portal over HTTP: sequential and concurrent audited writes (source-system registrations, each
/// one transaction with its audit event), a paged registry read, and a full chain verification. Bounded in count;
/// loopback only.
/// </summary>
public static class LoadDriver
{
    private const int Sequential = 200;
    private const int Concurrent = 400;
    private const int Parallelism = 16;
    private const int Reads = 400;

    public static async Task RunAsync(string provider)
    {
        // The test host finds the web project's content root through an attribute only test projects get.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPLIANCEPORTAL_WEB", Path.Combine(RepositoryRoot(), "src", "CompliancePortal.Web"));
        await using var postgres = provider == "postgres" ? await PostgresServer.StartAsync() : null;
        var settings = postgres is null
            ? PortalSettings.Sqlite() with { RunJobs = false }
            : PortalSettings.Postgres(await postgres.CreateDatabaseAsync("load")) with { RunJobs = false };
        await using var portal = new PortalFactory(settings);
        using var owner = await portal.ClientForAsync(PortalClients.Olivia);
        using var auditor = await portal.ClientForAsync(PortalClients.Henrik);

        var sequential = await TimeAsync(Sequential, 1, i => Write(owner, $"seq-{i}"));
        var concurrent = await TimeAsync(Concurrent, Parallelism, i => Write(owner, $"par-{i}"));
        var reads = await TimeAsync(Reads, Parallelism, async _ =>
            (await owner.GetAsync("/api/v1/models?search=credit&sort=name&pageSize=25")).EnsureSuccessStatusCode());

        var verify = Stopwatch.StartNew();
        var result = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        verify.Stop();

        Console.WriteLine($"provider: {provider}");
        Console.WriteLine(sequential.Describe("audited writes, sequential"));
        Console.WriteLine(concurrent.Describe($"audited writes, {Parallelism} concurrent"));
        Console.WriteLine(reads.Describe($"registry list reads, {Parallelism} concurrent"));
        Console.WriteLine($"chain verification over HTTP: {result.GetProperty("checkedEvents").GetInt64()} events, valid={result.GetProperty("valid").GetBoolean()}, {verify.ElapsedMilliseconds} ms");
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CompliancePortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run the load driver from inside the repository.");
    }

    private static async Task Write(HttpClient client, string key)
    {
        var response = await client.PostAsJsonAsync("/api/v1/source-systems", new { key = $"load-{key}", name = $"Load {key}", kind = "Benchmark" });
        response.EnsureSuccessStatusCode();
    }

    private static async Task<Timing> TimeAsync(int count, int parallelism, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var one = Stopwatch.StartNew();
                await operation(i);
                latencies[i] = one.Elapsed.TotalMilliseconds;
            }
        }));
        total.Stop();
        return new Timing(count, total.Elapsed, latencies);
    }

    private sealed record Timing(int Count, TimeSpan Total, double[] Latencies)
    {
        public string Describe(string what)
        {
            var sorted = Latencies.Order().ToArray();
            return $"{what}: {Count} in {Total.TotalSeconds:F2} s = {Count / Total.TotalSeconds:F0}/s; " +
                $"p50 {sorted[Count / 2]:F1} ms, p95 {sorted[(int)(Count * 0.95)]:F1} ms, max {sorted[^1]:F1} ms";
        }
    }
}
