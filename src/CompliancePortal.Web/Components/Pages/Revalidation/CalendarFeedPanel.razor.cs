using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Components.Shared;
using CompliancePortal.Web.Revalidation;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

public partial class CalendarFeedPanel
{
    private readonly FormErrors _errors = new();
    private CalendarFeedSummary? _active;
    private string? _url;
    private bool _saving;

    [Inject] private CalendarFeedService Feeds { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if ((await User.ActorAsync()).PersonId is { } personId)
        {
            _active = await Feeds.ActiveAsync(personId);
        }
    }

    private async Task CreateAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        IssuedCalendarFeed? issued = null;
        if (await _errors.TryAsync(async () => issued = await Feeds.CreateAsync(actor)))
        {
            _url = new Uri(new Uri(Navigation.BaseUri), CalendarFeedEndpoints.PathFor(issued!.Secret)).ToString();
            _active = await Feeds.ActiveAsync(actor.PersonId!.Value);
        }
        _saving = false;
    }

    private async Task RevokeAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        if (await _errors.TryAsync(() => Feeds.RevokeAsync(actor, _active!.Id)))
        {
            (_active, _url) = (null, null);
            Snackbar.Add("Feed revoked: calendar apps using it will no longer update.", Severity.Success);
        }
        _saving = false;
    }

    private async Task CopyAsync()
    {
        await JS.InvokeVoidAsync("navigator.clipboard.writeText", _url);
        Snackbar.Add("Feed URL copied.", Severity.Info);
    }
}
