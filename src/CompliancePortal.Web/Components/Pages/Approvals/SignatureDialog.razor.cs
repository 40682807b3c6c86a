using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Authentication;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>
/// The e-signature: decision, comment and a fresh authentication. In Entra ID mode the proof is the identity provider's
/// auth time (re-authenticate if older than five minutes); with the development sign-in, the person re-enters their
/// e-mail. Either way the service verifies it at signing; the dialog only gathers it.
/// </summary>
public partial class SignatureDialog
{
    private readonly FormErrors _errors = new();
    private SignatureDecision _decision = SignatureDecision.Approve;
    private string _comment = "";
    private string _confirmation = "";
    private string _name = "";
    private bool _entraId;
    private bool _fresh;
    private DateTimeOffset? _authenticatedAt;
    private string _reauthenticateUrl = "";
    private bool _signing;

    [Parameter, EditorRequired] public Guid RequestId { get; set; }

    [Parameter] public PromotionKind Kind { get; set; }

    [Parameter] public EventCallback OnSigned { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    [Inject] private PromotionService Promotions { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var principal = await User.PrincipalAsync();
        _name = principal.Identity?.Name ?? "";
        _entraId = Reauthentication.IsEntraId(principal);
        _authenticatedAt = Reauthentication.AuthenticatedAt(principal);
        _fresh = _authenticatedAt is { } at && Time.GetUtcNow() - at <= FreshAuthentication.MaxAge;
        _reauthenticateUrl = $"/account/reauthenticate?returnUrl={Uri.EscapeDataString(PromotionPaths.Request(RequestId))}";
    }

    private string Meaning(SignatureDecision decision) => (decision, Kind) switch
    {
        (SignatureDecision.Approve, PromotionKind.Rollback) => "Approve: approved for rollback to production",
        (SignatureDecision.Approve, _) => "Approve: approved for production",
        _ => "Reject: rejected for production",
    };

    private async Task SignAsync()
    {
        _signing = true;
        var proof = _entraId
            ? SigningAuthentication.Reauthenticated(_authenticatedAt ?? DateTimeOffset.MinValue)
            : SigningAuthentication.Confirmed(_confirmation);
        var signed = false;
        try
        {
            signed = await _errors.TryAsync(async () => await Promotions.SignAsync(await User.ActorAsync(), RequestId, _decision, _comment, proof));
        }
        catch (AccessDeniedException ex)
        {
            // Segregation of duties and the fresh authentication refuse with 403-style denials; say which rule.
            _errors.Set(ex.Message);
        }
        _signing = false;
        if (signed)
        {
            await OnSigned.InvokeAsync();
        }
    }
}
