using System.Diagnostics;
using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// N open vote panels on one review, each subscribed to <see cref="CabChanged"/> as <c>LiveComponent.RefreshOn</c> does:
/// a matching message queues a re-read of the review off the publisher's thread (as <c>InvokeAsync</c> onto each
/// circuit does). Per vote, every panel's time is measured from the moment the change was published — right after its
/// commit, taken as the earliest delivery — to the end of its re-read.
/// </summary>
public sealed class CabFanOut(LiveUpdates live, CabQueries queries, CabScenario scenario)
{
    /// <returns>Every panel's latency over all votes, and per vote the time until the last panel had re-read.</returns>
    public async Task<(Latencies Each, Latencies All)> RunAsync(Guid review, int subscribers, int votes, int firstVote)
    {
        var each = new List<double>();
        var all = new List<double>();
        for (var v = 0; v < votes; v++)
        {
            var delivered = new long[subscribers];
            var reread = new long[subscribers];
            var remaining = subscribers;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var subscriptions = Enumerable.Range(0, subscribers).Select(i => live.Subscribe<CabChanged>(changed =>
            {
                if (changed.ReviewId != review)
                {
                    return;
                }
                delivered[i] = Stopwatch.GetTimestamp();
                _ = Task.Run(async () =>
                {
                    await queries.ReviewAsync(review);
                    reread[i] = Stopwatch.GetTimestamp();
                    if (Interlocked.Decrement(ref remaining) == 0)
                    {
                        done.SetResult();
                    }
                });
            })).ToList();
            await scenario.VoteAsync(review, firstVote + v);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(1));
            subscriptions.ForEach(s => s.Dispose());
            var published = delivered.Min();
            each.AddRange(reread.Select(t => Stopwatch.GetElapsedTime(published, t).TotalMilliseconds));
            all.Add(Stopwatch.GetElapsedTime(published, reread.Max()).TotalMilliseconds);
        }
        return (new Latencies(each), new Latencies(all));
    }
}
