using System.Diagnostics;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Testing.Portal;
using CompliancePortal.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// The change advisory board on the real portal: the three members of the demo board changing their votes over HTTP
/// (sequential, then concurrent), the live fan-out of each vote to open vote panels, and the meeting page's query for a
/// ten-item agenda. Bounded in count; loopback only.
/// </summary>
public static class CabTimings
{
    private const int AgendaItems = 10;
    private const int Sequential = 200;
    private const int Concurrent = 400;
    private const int Parallelism = 16;
    private const int FanOutVotes = 20;
    private const int MeetingReads = 50;
    private static readonly int[] Subscribers = [1, 50, 200];

    public static async Task RunAsync(string provider)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COMPLIANCEPORTAL_WEB", Path.Combine(LoadDriver.RepositoryRoot(), "src", "CompliancePortal.Web"));
        await using var postgres = provider == "postgres" ? await PostgresServer.StartAsync() : null;
        var settings = postgres is null
            ? PortalSettings.Sqlite() with { RunJobs = false }
            : PortalSettings.Postgres(await postgres.CreateDatabaseAsync("cab")) with { RunJobs = false };
        await using var portal = new PortalFactory(settings);
        var scenario = new CabScenario(portal);
        var (meeting, reviews) = await scenario.SetUpAsync(AgendaItems);
        var review = reviews[0];
        var queries = portal.Services.GetRequiredService<CabQueries>();
        Console.WriteLine($"provider: {provider}; board {CabScenario.Board} ({CabScenario.Members.Length} voting members), meeting with {AgendaItems} agenda items");

        // Vote numbers keep counting up so every vote changes its member's ballot.
        var votes = AgendaItems * CabScenario.Members.Length;
        var sequential = await LoadDriver.TimeAsync(Sequential, 1, i => scenario.VoteAsync(review, votes + i));
        votes += Sequential;
        Console.WriteLine(sequential.Describe("votes over HTTP, sequential"));
        foreach (var parallelism in new[] { CabScenario.Members.Length, Parallelism })
        {
            var start = votes;
            var concurrent = await LoadDriver.TimeAsync(Concurrent, parallelism, i => scenario.VoteAsync(review, start + i));
            votes += Concurrent;
            Console.WriteLine(concurrent.Describe($"votes over HTTP, {parallelism} concurrent"));
        }

        var fanOut = new CabFanOut(portal.Services.GetRequiredService<LiveUpdates>(), queries, scenario);
        foreach (var subscribers in Subscribers)
        {
            var (each, all) = await fanOut.RunAsync(review, subscribers, FanOutVotes, votes);
            votes += FanOutVotes;
            Console.WriteLine(each.Describe($"fan-out to {subscribers} vote panels, each panel committed-to-re-read"));
            Console.WriteLine(all.Describe($"fan-out to {subscribers} vote panels, until the last panel re-read"));
        }

        var reads = new List<double>();
        for (var i = 0; i < MeetingReads; i++)
        {
            var watch = Stopwatch.StartNew();
            var view = await queries.MeetingAsync(meeting);
            reads.Add(watch.Elapsed.TotalMilliseconds);
            if (view.Agenda.Count != AgendaItems)
            {
                throw new InvalidOperationException($"The meeting shows {view.Agenda.Count} agenda items, not {AgendaItems}.");
            }
        }
        Console.WriteLine(new Latencies(reads).Describe($"CabQueries.MeetingAsync, {AgendaItems} agenda items with {CabScenario.Members.Length} votes each"));
    }
}
