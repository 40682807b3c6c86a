using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>
/// The bell in the app bar, live without reload: a change in this instance signals it at once, and a poll picks up
/// notifications written by other instances sharing the database.
/// </summary>
public sealed partial class NotificationBell
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _stop = new();
    private IReadOnlyList<Notification> _recent = [];
    private int _unread;
    private bool _open;
    private Guid? _personId;

    [Inject] private NotificationService Notifications { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _personId = (await User.PrincipalAsync()).PersonId();
        if (_personId is not { } me)
        {
            return;
        }
        await LoadAsync();
        RefreshOn<NotificationsRaised>(raised => raised.Recipients.Contains(me), LoadAsync);
        _ = PollAsync(_stop.Token);
    }

    private async Task LoadAsync()
    {
        (_recent, _unread) = await Notifications.ForAsync(_personId!.Value, _stop.Token);
    }

    private async Task PollAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The circuit ended.
        }
    }

    private async Task ToggleAsync()
    {
        _open = !_open;
        if (_open && _unread > 0 && _personId is { } me)
        {
            await Notifications.MarkAllReadAsync(me);
            _unread = 0;
        }
    }

    protected override void OnDisposed()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
