using System.Diagnostics;
using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Core.Lineage.Trace;
using CompliancePortal.Core.Persistence;
using CompliancePortal.Testing.Portal;
using CompliancePortal.Testing.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// A prediction trace and a depth-3 neighbourhood on a generated graph of about 100,000 nodes, through the portal's own
/// services on its real database (SQLite file or PostgreSQL 15).
/// </summary>
public static class LineageGraphBenchmark
{
    private const int Samples = 50;

    public static async Task RunAsync(string provider)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPLIANCEPORTAL_WEB", Path.Combine(LoadDriver.RepositoryRoot(), "src", "CompliancePortal.Web"));
        await using var postgres = provider == "postgres" ? await PostgresServer.StartAsync() : null;
        var settings = postgres is null
            ? PortalSettings.Sqlite() with { RunJobs = false }
            : PortalSettings.Postgres(await postgres.CreateDatabaseAsync("lineage")) with { RunJobs = false };
        await using var portal = new PortalFactory(settings);
        using (portal.CreateClient())
        {
        }
        var contexts = portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        var generate = Stopwatch.StartNew();
        var (modelVersions, predictions, datasetVersions) = await LineageGraphGenerator.GenerateAsync(contexts);
        generate.Stop();
        Console.WriteLine($"provider: {provider}; generated {LineageGraphGenerator.NodeCount:N0} nodes in {generate.Elapsed.TotalSeconds:F0} s");

        var tracer = portal.Services.GetRequiredService<LineageTracer>();
        var graph = portal.Services.GetRequiredService<LineageGraphQueries>();
        var random = new Random(7);
        await tracer.TraceAsync(predictions[0]);

        var traceSizes = new List<int>();
        var traces = await TimeAsync(async () =>
        {
            var t = await tracer.TraceAsync(predictions[random.Next(predictions.Count)]);
            traceSizes.Add(t.Lineage.DatasetVersions.Count + t.Lineage.Runs.Count);
        });
        Console.WriteLine(traces.Describe($"prediction trace (median {Median(traceSizes)} runs + dataset versions on the path)"));

        var modelVersionNodes = modelVersions.Select(id => new NodeId(NodeKind.ModelVersion, id)).ToList();
        var datasetVersionNodes = datasetVersions.Select(id => new NodeId(NodeKind.DatasetVersion, id)).ToList();
        // Model versions exist from 2026-07-20, dataset versions from January: each is asked about a moment it existed at.
        foreach (var (name, ids, pastMoment) in new[] { ("model version", modelVersionNodes, new DateTimeOffset(2026, 7, 20, 12, 0, 0, TimeSpan.Zero)),
                     ("dataset version", datasetVersionNodes, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)) })
        {
            var sizes = new List<int>();
            var timing = await TimeAsync(async () =>
            {
                var g = await graph.NeighbourhoodAsync(new GraphRequest(ids[random.Next(ids.Count)].ToString(), 3));
                sizes.Add(g.Nodes.Count);
            });
            Console.WriteLine(timing.Describe($"depth-3 neighbourhood of a {name}, budget {GraphRequest.DefaultMaxNodes} (median {Median(sizes)} nodes)"));
            var pointInTime = await TimeAsync(async () =>
                await graph.NeighbourhoodAsync(new GraphRequest(ids[random.Next(ids.Count)].ToString(), 3, AsOf: pastMoment)));
            Console.WriteLine(pointInTime.Describe($"depth-3 neighbourhood of a {name} as of {pastMoment:yyyy-MM-dd HH:mm}"));
        }
    }

    private static int Median(List<int> values) => values.Order().ElementAt(values.Count / 2);

    private static async Task<Timing> TimeAsync(Func<Task> operation)
    {
        var timings = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await operation();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        return new Timing(timings);
    }

    private sealed record Timing(List<double> Sorted)
    {
        public string Describe(string what) =>
            $"{what}: {Sorted.Count} samples, p50 {Sorted[Sorted.Count / 2]:F1} ms, p95 {Sorted[(int)(Sorted.Count * 0.95)]:F1} ms, max {Sorted[^1]:F1} ms";
    }
}
