using CompliancePortal.Core.Approvals;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>Defines a version's drift thresholds; the rules on them live in <see cref="DriftThreshold"/>.</summary>
public partial class DriftPolicyForm
{
    private readonly FormErrors _errors = new();
    private List<DriftRow> _rows = [];
    private int _revision;
    private bool _saving;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string Label { get; set; } = "";

    [Parameter] public bool CanEdit { get; set; }

    [Parameter] public EventCallback OnSaved { get; set; }

    [Inject] private DriftPolicyService Drift { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var policy = await Drift.GetAsync(ModelKey, Label);
        _revision = policy?.Revision ?? 0;
        _rows = policy?.Thresholds.Select(DriftRow.From).ToList() ?? [];
        if (_rows.Count == 0 && CanEdit)
        {
            _rows.Add(new DriftRow());
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        if (await _errors.TryAsync(async () => await Drift.DefineAsync(await User.ActorAsync(), ModelKey, Label,
                _rows.Select(r => r.ToThreshold()).ToList(), _revision)))
        {
            await OnSaved.InvokeAsync();
        }
        _saving = false;
    }
}
