using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Lineage.Predictions;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Benchmarks;

/// <summary>
/// Writes a synthetic lineage graph of about 100,000 nodes straight into the database (no audit events: this is load, not
/// evidence): source systems, datasets, dataset versions, jobs, runs chained through what they read and write, model
/// versions linked to training runs, and predictions.
/// </summary>
internal static class LineageGraphGenerator
{
    public const int Sources = 100, DatasetsPerSource = 50, VersionsPerDataset = 8, Jobs = 500, RunsPerJob = 40, ModelVersions = 200, Predictions = 34_200;

    public static int NodeCount => Sources + Sources * DatasetsPerSource + Sources * DatasetsPerSource * VersionsPerDataset + Jobs + Jobs * RunsPerJob
        + ModelVersions + Predictions;

    public static async Task<(List<Guid> ModelVersions, List<string> Predictions, List<Guid> DatasetVersions)> GenerateAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        var random = new Random(20261126);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var versions = new List<DatasetVersion>();
        await using (var db = await Open(contexts))
        {
            for (var s = 0; s < Sources; s++)
            {
                var source = SourceSystem.Observe($"postgres://bench-{s}.internal:5432", "postgres", t0);
                db.SourceSystems.Add(source);
                for (var d = 0; d < DatasetsPerSource; d++)
                {
                    var dataset = Dataset.Observe(source.Namespace!, $"schema.table_{s}_{d}", source, t0);
                    db.Datasets.Add(dataset);
                    for (var v = 0; v < VersionsPerDataset; v++)
                    {
                        var version = DatasetVersion.Observe(dataset, $"{v}", LineageIdentity.DatasetUri(source.Namespace!, dataset.ExternalName!), null,
                            LineageOrigin.OpenLineage, t0.AddDays(v * 7), t0);
                        db.DatasetVersions.Add(version);
                        versions.Add(version);
                    }
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var runs = new List<LineageRun>();
        await using (var db = await Open(contexts))
        {
            // The versions come from another context; attached unchanged, so edges to them do not insert them again.
            db.DatasetVersions.AttachRange(versions);
            for (var j = 0; j < Jobs; j++)
            {
                var job = LineageJob.Observe("airflow-bench", $"dag_{j}.task", LineageOrigin.OpenLineage, t0);
                db.LineageJobs.Add(job);
                for (var r = 0; r < RunsPerJob; r++)
                {
                    var at = t0.AddHours(j + r * 24);
                    var run = LineageRun.Observe(Guid.NewGuid(), job, LineageOrigin.OpenLineage, at, at);
                    run.Apply(RunState.Start, at, "{}", null, null, at);
                    run.Apply(RunState.Complete, at.AddMinutes(20), "{}", null, null, at);
                    db.LineageRuns.Add(run);
                    runs.Add(run);
                    // Each run writes the version with its index and reads two others: a graph with long chains and fan-in.
                    var written = versions[(j * RunsPerJob + r) * 2 % versions.Count];
                    db.LineageRunDatasets.Add(LineageRunDataset.Observe(run, written, DatasetDirection.Output, at));
                    foreach (var read in new[] { versions[random.Next(versions.Count)], versions[random.Next(versions.Count)] }.Distinct())
                    {
                        if (read.Id != written.Id)
                        {
                            db.LineageRunDatasets.Add(LineageRunDataset.Observe(run, read, DatasetDirection.Input, at));
                        }
                    }
                }
                if (j % 50 == 49)
                {
                    await db.SaveChangesAsync();
                }
            }
            await db.SaveChangesAsync();
        }

        var modelVersions = new List<Guid>();
        var predictions = new List<string>();
        await using (var db = await Open(contexts))
        {
            var models = await db.Models.ToListAsync();
            var person = await db.People.Select(p => p.Id).FirstAsync();
            for (var m = 0; m < ModelVersions; m++)
            {
                var model = models[m % models.Count];
                var trained = versions[random.Next(versions.Count)];
                var registration = new VersionRegistration($"bench.{m}", $"s3://bench-models/{m}/model.onnx", new string('a', 64),
                    "https://git.example.com/bench.git", new string('b', 40), new string('c', 64), ChangeClass.Major, [trained.Id]);
                var version = ModelVersion.Register(model, registration, [trained], null, person, t0.AddDays(200));
                db.ModelVersions.Add(version);
                var training = runs[random.Next(runs.Count)];
                db.Attach(training);
                training.LinkTo(version.Id, RunModelLink.Manual, t0);
                modelVersions.Add(version.Id);
                for (var p = 0; p < Predictions / ModelVersions; p++)
                {
                    var id = $"bench-{m}-{p}";
                    db.Predictions.Add(Prediction.Log(new PredictionEntry(id, model.Key, version.Label, t0.AddDays(201).AddMinutes(p), new string('d', 64), null),
                        version.Id, "[]", t0));
                    predictions.Add(id);
                }
                if (m % 20 == 19)
                {
                    db.ChangeTracker.DetectChanges();
                    await db.SaveChangesAsync();
                    db.ChangeTracker.Clear();
                    models = await db.Models.ToListAsync();
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        return (modelVersions, predictions, versions.Select(v => v.Id).ToList());
    }

    private static async Task<PortalDbContext> Open(IDbContextFactory<PortalDbContext> contexts)
    {
        var db = await contexts.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return db;
    }
}
