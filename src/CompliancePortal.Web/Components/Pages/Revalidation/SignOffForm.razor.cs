using CompliancePortal.Core.Revalidation;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Revalidation;

public partial class SignOffForm
{
    private readonly FormErrors _errors = new();
    private RevalidationOutcome? _outcome;
    private string? _comments;
    private bool _saving;

    [Parameter, EditorRequired] public Guid ReviewId { get; set; }

    [Parameter, EditorRequired] public SignOffCapacity Capacity { get; set; }

    [Parameter] public EventCallback OnSigned { get; set; }

    [Inject] private RevalidationService Revalidation { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private string Prefix => Capacity == SignOffCapacity.Owner ? "sign-owner" : "sign-compliance";

    private string Heading => Capacity == SignOffCapacity.Owner ? "Sign as owner" : "Sign as compliance officer";

    private async Task SignAsync()
    {
        _saving = true;
        var actor = await User.ActorAsync();
        // An unset outcome goes to the service as an undefined value, so the review's own message appears beside the choice.
        var outcome = _outcome ?? (RevalidationOutcome)(-1);
        var signed = await _errors.TryAsync(() => Capacity == SignOffCapacity.Owner
            ? Revalidation.SignAsOwnerAsync(actor, ReviewId, outcome, _comments)
            : Revalidation.SignAsComplianceOfficerAsync(actor, ReviewId, outcome, _comments));
        _saving = false;
        if (signed)
        {
            Snackbar.Add("Signature recorded.", Severity.Success);
            await OnSigned.InvokeAsync();
        }
    }
}
