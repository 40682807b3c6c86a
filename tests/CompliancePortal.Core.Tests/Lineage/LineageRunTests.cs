using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Tests.Builders;

namespace CompliancePortal.Core.Tests.Lineage;

public sealed class LineageRunTests
{
    private static readonly DateTimeOffset T0 = Build.Now;

    private readonly LineageJob _job = LineageJob.Observe("airflow-prod", "loans.extract", LineageOrigin.OpenLineage, T0);

    [Fact]
    public void StartThenComplete_IsCompleteWithBothTimes()
    {
        var run = NewRun(T0);

        run.Apply(RunState.Start, T0, "{}", null, null, T0);
        run.Apply(RunState.Complete, T0.AddMinutes(5), "{}", null, null, T0);

        Assert.Equal(RunState.Complete, run.State);
        Assert.Equal(T0, run.StartedAt);
        Assert.Equal(T0.AddMinutes(5), run.EndedAt);
    }

    [Fact]
    public void StartArrivingAfterComplete_DoesNotReopenTheRun()
    {
        var run = NewRun(T0.AddMinutes(5));

        run.Apply(RunState.Complete, T0.AddMinutes(5), "{}", null, null, T0);
        run.Apply(RunState.Start, T0, "{}", null, null, T0);

        Assert.Equal(RunState.Complete, run.State);
        Assert.Equal(T0, run.StartedAt);
        Assert.Equal(T0, run.FirstEventAt);
        Assert.Equal(T0.AddMinutes(5), run.LastEventAt);
    }

    [Fact]
    public void TwoTerminalEvents_TheLaterOneWins()
    {
        var run = NewRun(T0);

        run.Apply(RunState.Fail, T0.AddMinutes(9), "{}", null, null, T0);
        run.Apply(RunState.Complete, T0.AddMinutes(4), "{}", null, null, T0);

        Assert.Equal(RunState.Fail, run.State);
        Assert.Equal(T0.AddMinutes(9), run.EndedAt);
    }

    [Fact]
    public void RunningAfterStart_IsRunning_AndAbortEndsIt()
    {
        var run = NewRun(T0);

        run.Apply(RunState.Start, T0, "{}", null, null, T0);
        run.Apply(RunState.Running, T0.AddMinutes(1), "{}", null, null, T0);
        var whileRunning = run.State;
        run.Apply(RunState.Abort, T0.AddMinutes(2), "{}", null, null, T0);

        Assert.Equal(RunState.Running, whileRunning);
        Assert.Equal(RunState.Abort, run.State);
    }

    [Fact]
    public void Facets_OfTheLaterEventWin_AndOlderOnesOnlyFillGaps()
    {
        var run = NewRun(T0);

        run.Apply(RunState.Start, T0.AddMinutes(1), """{"a":{"v":1},"b":{"v":1}}""", null, null, T0);
        run.Apply(RunState.Complete, T0.AddMinutes(2), """{"a":{"v":2}}""", null, null, T0);
        run.Apply(RunState.Other, T0, """{"b":{"v":0},"c":{"custom":[1,2]}}""", null, null, T0);

        var facets = FacetJson.Parse(run.Facets);
        Assert.Equal(2, facets["a"]!["v"]!.GetValue<int>());
        Assert.Equal(1, facets["b"]!["v"]!.GetValue<int>());
        Assert.Equal("""{"custom":[1,2]}""", facets["c"]!.ToJsonString());
    }

    [Fact]
    public void CodeLocation_IsTakenFromTheEvent_AndParentIsKept()
    {
        var run = NewRun(T0);
        var parent = Guid.NewGuid();

        run.Apply(RunState.Start, T0, "{}", new CodeLocation("https://git.example.com/etl.git", Build.Commit, "dags/x.py"), parent, T0);

        Assert.Equal(Build.Commit, run.CodeCommit);
        Assert.Equal(parent, run.ParentRunId);
    }

    [Fact]
    public void StateAt_BeforeTheRunEnded_IsRunning()
    {
        var run = NewRun(T0);
        run.Apply(RunState.Start, T0, "{}", null, null, T0);
        run.Apply(RunState.Complete, T0.AddHours(1), "{}", null, null, T0);

        Assert.Equal(RunState.Running, run.StateAt(T0.AddMinutes(30)));
        Assert.Equal(RunState.Complete, run.StateAt(T0.AddHours(2)));
    }

    private LineageRun NewRun(DateTimeOffset firstEvent) => LineageRun.Observe(Guid.NewGuid(), _job, LineageOrigin.OpenLineage, firstEvent, T0);
}
