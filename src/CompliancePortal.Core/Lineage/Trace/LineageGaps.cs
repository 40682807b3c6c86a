namespace CompliancePortal.Core.Lineage.Trace;

/// <summary>The questions an auditor would ask of a version's lineage that the portal cannot yet answer.</summary>
public static class LineageGaps
{
    public static IReadOnlyList<LineageGap> Find(TracedModelVersion version, IReadOnlyList<TracedRun> runs, IReadOnlyList<TracedDatasetVersion> datasets,
        IReadOnlyList<TracedSourceSystem> sources)
    {
        var gaps = new List<LineageGap>();
        if (!runs.Any(r => r.Role == "training"))
        {
            gaps.Add(new($"{version.ModelKey} {version.Label}", "No training run is linked to this version, so how it was trained is not on record.",
                "Emit OpenLineage from the training job with the artifact URI as an output, or link its run to this version."));
        }
        foreach (var run in runs.Where(r => r.CodeCommit is null))
        {
            gaps.Add(new($"{run.JobName} run {run.RunId}", "The run names no code commit.",
                "Send the sourceCodeLocation job facet with the full commit in 'version'."));
        }
        foreach (var run in runs.Where(r => r.Role == "training" && r.State != RunState.Complete))
        {
            gaps.Add(new($"{run.JobName} run {run.RunId}", $"The training run's last known state is {run.State}, not Complete.",
                "Check that the pipeline sends its COMPLETE event, or link the run that completed."));
        }
        foreach (var d in datasets.Where(d => d.ContentSha256 is null))
        {
            gaps.Add(new(d.Reference, $"No SHA-256 of the content is known; only the tool's version id ({d.ExternalVersion ?? "none"}).",
                "Record the version with its content hash, or have the pipeline hash what it writes."));
        }
        foreach (var s in sources.Where(s => s.Description is null))
        {
            gaps.Add(new(s.Key, $"Source system '{s.Name}' was observed from a pipeline and has not been described.",
                "Describe it (what system of record it is, who owns it) on the data sources page."));
        }
        var readByTraining = runs.Where(r => r.Role == "training").SelectMany(r => r.Read).ToHashSet();
        foreach (var d in datasets.Where(d => d.PinnedByModelVersion && readByTraining.Count > 0 && !readByTraining.Contains(d.Reference)))
        {
            gaps.Add(new(d.Reference, "The version pins this dataset version but its training run did not report reading it.",
                "Check the pinned dataset versions against what the training run read."));
        }
        return gaps;
    }
}
