using CompliancePortal.Core.ApiTokens;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Account;

public partial class ApiTokens
{
    private readonly FormErrors _errors = new();
    private IReadOnlyList<ApiTokenSummary> _tokens = [];
    private IssuedToken? _issued;
    private string _name = "";
    private int _days = 90;
    private bool _loading = true;
    private string? _error;

    [Inject] private ApiTokenService Tokens { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        (_loading, _error) = (true, null);
        try
        {
            _tokens = await Tokens.ListAsync((await User.ActorAsync()).RequirePerson());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _error = "Your tokens could not be loaded.";
        }
        _loading = false;
    }

    private async Task CreateAsync()
    {
        var actor = await User.ActorAsync();
        if (await _errors.TryAsync(async () => _issued = await Tokens.CreateAsync(actor, _name, _days)))
        {
            _name = "";
            await LoadAsync();
        }
    }

    private async Task RevokeAsync(Guid id)
    {
        var actor = await User.ActorAsync();
        if (await _errors.TryAsync(() => Tokens.RevokeAsync(actor, id)))
        {
            Snackbar.Add("Token revoked.", Severity.Info);
            await LoadAsync();
        }
    }
}
