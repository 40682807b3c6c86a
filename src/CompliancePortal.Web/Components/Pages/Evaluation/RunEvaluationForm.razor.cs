using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Components.Shared;
using CompliancePortal.Web.Evaluation;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

/// <summary>Starts a portal-run evaluation of a model version and follows its background job until it succeeds or fails.</summary>
public sealed partial class RunEvaluationForm : IDisposable
{
    /// <summary>How often the job's status is asked for.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private readonly FormErrors _errors = new();
    private readonly CancellationTokenSource _disposed = new();
    private IReadOnlyList<GoldenSetView>? _goldenSets;
    private string? _goldenSet;
    private string _kind = EvaluatorKinds.Onnx;
    private EvaluationTrigger _trigger = EvaluationTrigger.Manual;
    private string? _endpoint;
    private string? _name;
    private string? _version;
    private bool _starting;
    private EvaluationJobStatus? _status;
    private string? _failure;
    private PeriodicTimer? _timer;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>Raised with the recorded evaluation's id once the job succeeded.</summary>
    [Parameter] public EventCallback<Guid> OnSucceeded { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    [Inject] private EvaluationQueries Evaluations { get; set; } = default!;

    [Inject] private IEvaluationJobs Jobs { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private bool Running => _timer is not null;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            _goldenSets = await Evaluations.GoldenSetsAsync(ModelKey, _disposed.Token);
            _goldenSet = _goldenSets.FirstOrDefault()?.Name;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _goldenSets = [];
            _errors.Set(ex is NotFoundException ? ex.Message : "The golden sets could not be loaded.");
        }
    }

    private async Task StartAsync()
    {
        _starting = true;
        (_status, _failure) = (null, null);
        var actor = await User.ActorAsync();
        string? jobId = null;
        if (await _errors.TryAsync(async () =>
            {
                var mlflow = _kind == EvaluatorKinds.Mlflow;
                new ValidationErrors().When(string.IsNullOrWhiteSpace(_goldenSet), "GoldenSet", "Choose the golden set to evaluate against.").ThrowIfAny();
                var args = new EvaluationJobArguments(ModelKey, Label, _goldenSet!.Trim(), null, _kind,
                    mlflow ? _endpoint?.Trim() : null, mlflow ? _name?.Trim() ?? "" : "", mlflow ? _version?.Trim() ?? "" : "",
                    actor.RequirePerson(), actor.DisplayName, [.. actor.Roles], _trigger);
                jobId = await Jobs.EnqueueAsync(actor, args, _disposed.Token);
            }))
        {
            _status = new EvaluationJobStatus(jobId!, "enqueued", null, null, null);
            _timer = new PeriodicTimer(PollInterval);
            _ = PollAsync(jobId!, _timer);
        }
        _starting = false;
    }

    private async Task PollAsync(string jobId, PeriodicTimer timer)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                EvaluationJobStatus status;
                try
                {
                    status = Jobs.Status(ModelKey, Label, jobId);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await InvokeAsync(() => Finish(ex is NotFoundException ? ex.Message : "The evaluation's progress could not be read."));
                    return;
                }
                if (status.State == "succeeded")
                {
                    await InvokeAsync(async () =>
                    {
                        _status = status;
                        StopPolling();
                        StateHasChanged();
                        await OnSucceeded.InvokeAsync(status.EvaluationId ?? Guid.Empty);
                    });
                    return;
                }
                if (status.State is "failed" or "deleted")
                {
                    await InvokeAsync(() =>
                    {
                        _status = status;
                        Finish(status.Error ?? "The evaluation was cancelled before it finished; nothing was recorded.");
                    });
                    return;
                }
                await InvokeAsync(() =>
                {
                    _status = status;
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The component went away; the job itself runs on.
        }
        catch (ObjectDisposedException)
        {
            // The renderer went away with the component.
        }
    }

    private void Finish(string failure)
    {
        _failure = failure;
        StopPolling();
        StateHasChanged();
    }

    private void StopPolling()
    {
        _timer?.Dispose();
        _timer = null;
    }

    public void Dispose()
    {
        _disposed.Cancel();
        StopPolling();
        _disposed.Dispose();
    }
}
