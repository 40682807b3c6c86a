using BenchmarkDotNet.Running;
using CompliancePortal.Benchmarks;

// `dotnet run -c Release -- load [sqlite|postgres]` drives the real app over HTTP; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "onnx")
{
    await OnnxEvaluationBenchmark.RunAsync();
    return;
}
if (args.Length > 0 && args[0] == "promotion")
{
    await PromotionTimings.RunAsync(args.Skip(1).FirstOrDefault() ?? "sqlite");
    return;
}
if (args.Length > 0 && args[0] == "cab")
{
    await CabTimings.RunAsync(args.Skip(1).FirstOrDefault() ?? "sqlite");
    return;
}
if (args.Length > 0 && args[0] == "lineage")
{
    await LineageGraphBenchmark.RunAsync(args.Skip(1).FirstOrDefault() ?? "sqlite");
    return;
}
if (args.Length > 0 && args[0] == "pack")
{
    await AuditPackBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1500);
    return;
}
if (args.Length > 0 && args[0] == "load")
{
    await LoadDriver.RunAsync(args.Skip(1).FirstOrDefault() ?? "sqlite");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AuditChainBenchmarks).Assembly).Run(args);
