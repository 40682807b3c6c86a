using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Common;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.AuditPacks;

/// <summary>Follows one pack's generation step by step until it is ready to download or has failed.</summary>
public sealed partial class AuditPackPage
{
    /// <summary>How often the pack's progress is read again.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource _disposed = new();
    private AuditPackView? _pack;
    private List<BreadcrumbItem> _crumbs = [];
    private string? _error;

    [Parameter] public Guid Id { get; set; }

    [Inject] private AuditPackQueries Packs { get; set; } = default!;

    private static bool IsRunning(AuditPackView pack) => pack.Status is AuditPackStatus.Queued or AuditPackStatus.Generating;

    protected override async Task OnParametersSetAsync()
    {
        _crumbs = [new("Audit packs", AuditPackPaths.List), new(Id.ToString(), null, disabled: true)];
        if (await ReadAsync() && IsRunning(_pack!))
        {
            _ = PollAsync();
        }
    }

    private async Task<bool> ReadAsync()
    {
        try
        {
            _pack = await Packs.GetAsync(Id, _disposed.Token);
            return true;
        }
        catch (NotFoundException ex)
        {
            _error = ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The audit pack could not be loaded.";
        }
        return false;
    }

    private async Task PollAsync()
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                var read = await ReadAsync();
                await InvokeAsync(StateHasChanged);
                if (!read || !IsRunning(_pack!))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away; the job carries on and the pack can be opened again.
        }
        catch (ObjectDisposedException)
        {
            // The renderer went away with the page.
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
