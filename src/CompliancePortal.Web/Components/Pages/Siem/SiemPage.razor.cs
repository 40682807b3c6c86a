using CompliancePortal.Core.Common;
using CompliancePortal.Core.Siem;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Siem;

public sealed partial class SiemPage
{
    private IReadOnlyList<SiemDestinationView> _destinations = [];
    private bool _loading = true;
    private string? _error;

    [Inject] private SiemDestinationService Destinations { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _destinations = await Destinations.ListAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "The SIEM destinations could not be loaded.";
        }
        _loading = false;
    }

    private async Task ToggleAsync(SiemDestinationView destination)
    {
        try
        {
            await Destinations.SetEnabledAsync(await User.ActorAsync(), destination.Id, !destination.Enabled);
        }
        catch (Exception ex) when (ex is AccessDeniedException or NotFoundException)
        {
            _error = ex.Message;
            return;
        }
        await LoadAsync();
    }
}
