namespace CompliancePortal.Benchmarks;

/// <summary>A set of timings in milliseconds, described by its percentiles.</summary>
public sealed record Latencies(IReadOnlyList<double> Values)
{
    public string Describe(string what)
    {
        var sorted = Values.Order().ToArray();
        return $"{what}: {sorted.Length} samples, p50 {sorted[sorted.Length / 2]:F1} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:F1} ms, max {sorted[^1]:F1} ms";
    }
}
