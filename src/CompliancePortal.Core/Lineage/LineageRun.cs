namespace CompliancePortal.Core.Lineage;

/// <summary>
/// One execution of a job. Its START, RUNNING, COMPLETE, FAIL and ABORT events merge into this one record, in whatever
/// order they arrive: a terminal state is never undone by a late START, and facets of the later event win.
/// </summary>
public sealed class LineageRun
{
    private LineageRun() { }

    public Guid Id { get; private set; }

    /// <summary>The producer's run id (OpenLineage <c>run.runId</c>).</summary>
    public Guid RunId { get; private set; }

    public Guid JobId { get; private set; }

    public LineageJob? Job { get; private set; }

    public LineageOrigin Origin { get; private set; }

    public RunState State { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The earliest event time seen: when the run became part of the graph.</summary>
    public DateTimeOffset FirstEventAt { get; private set; }

    public DateTimeOffset LastEventAt { get; private set; }

    public string Facets { get; private set; } = FacetJson.Empty;

    public string? CodeRepository { get; private set; }

    public string? CodeCommit { get; private set; }

    public string? CodePath { get; private set; }

    public Guid? ParentRunId { get; private set; }

    public Guid? ModelVersionId { get; private set; }

    public RunModelLink? ModelLink { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static LineageRun Observe(Guid runId, LineageJob job, LineageOrigin origin, DateTimeOffset eventTime, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at), RunId = runId, JobId = job.Id, Job = job, Origin = origin, State = RunState.Other,
        FirstEventAt = eventTime, LastEventAt = eventTime, RecordedAt = at, UpdatedAt = at,
    };

    public static bool IsTerminal(RunState state) => state is RunState.Complete or RunState.Fail or RunState.Abort;

    /// <summary>Applies one event of this run; an event older than one already merged only fills what is still unknown.</summary>
    public void Apply(RunState? eventType, DateTimeOffset eventTime, string facets, CodeLocation? code, Guid? parentRunId, DateTimeOffset at)
    {
        var isNewest = eventTime >= LastEventAt;
        if (eventType is { } type)
        {
            ApplyState(type, eventTime, isNewest);
        }
        Facets = FacetJson.Merge(Facets, facets, isNewest);
        if (code is not null && (isNewest || CodeCommit is null))
        {
            (CodeRepository, CodeCommit, CodePath) = (code.Repository, code.Commit, code.Path);
        }
        ParentRunId ??= parentRunId;
        FirstEventAt = eventTime < FirstEventAt ? eventTime : FirstEventAt;
        LastEventAt = isNewest ? eventTime : LastEventAt;
        UpdatedAt = at;
    }

    /// <summary>The state the run was in at <paramref name="at"/>, for the point-in-time view.</summary>
    public RunState StateAt(DateTimeOffset at) =>
        EndedAt is { } ended && ended > at ? RunState.Running : State;

    public void LinkTo(Guid modelVersionId, RunModelLink how, DateTimeOffset at)
    {
        (ModelVersionId, ModelLink, UpdatedAt) = (modelVersionId, how, at);
    }

    private void ApplyState(RunState type, DateTimeOffset eventTime, bool isNewest)
    {
        if (type == RunState.Start && (StartedAt is null || eventTime < StartedAt))
        {
            StartedAt = eventTime;
        }
        if (IsTerminal(type))
        {
            // Among terminal events the later one wins; a terminal state always wins over START/RUNNING.
            if (!IsTerminal(State) || EndedAt is null || eventTime >= EndedAt)
            {
                (State, EndedAt) = (type, eventTime);
            }
            return;
        }
        if (!IsTerminal(State) && (isNewest || State == RunState.Other))
        {
            State = type == RunState.Start ? RunState.Running : type;
        }
    }

    public object Snapshot() => new
    {
        Id, RunId, JobId, State = State.ToString(), StartedAt, EndedAt, CodeRepository, CodeCommit, ParentRunId, ModelVersionId,
        ModelLink = ModelLink?.ToString(),
    };
}
