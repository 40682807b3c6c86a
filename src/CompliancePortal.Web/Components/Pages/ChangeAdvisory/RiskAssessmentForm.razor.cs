using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>The requester's short risk assessment of a change, scored as they type (likelihood × impact, rollback plan required for Low).</summary>
public sealed partial class RiskAssessmentForm
{
    private readonly FormErrors _errors = new();
    private string _what = "";
    private string _why = "";
    private RiskLevel _likelihood = RiskLevel.Moderate;
    private RiskLevel _impact = RiskLevel.Moderate;
    private string _impactIfItFails = "";
    private string _testEvidence = "";
    private string _rollbackPlan = "";
    private string _responsible = "";
    private bool _saving;

    [Parameter, EditorRequired] public Guid ReviewId { get; set; }

    /// <summary>The assessment as it stands, to correct; null for a first one.</summary>
    [Parameter] public RiskAssessment? Current { get; set; }

    [Parameter] public EventCallback OnSaved { get; set; }

    [Inject] private ChangeReviewService Reviews { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private RiskAssessment Draft => new(_what, _why, _likelihood, _impact, _impactIfItFails, _testEvidence, _rollbackPlan, _responsible);

    protected override void OnInitialized()
    {
        if (Current is { } a)
        {
            (_what, _why, _likelihood, _impact) = (a.WhatChanges ?? "", a.Why ?? "", a.Likelihood, a.Impact);
            (_impactIfItFails, _testEvidence, _rollbackPlan, _responsible) = (a.ImpactIfItFails ?? "", a.TestEvidence ?? "", a.RollbackPlan ?? "", a.Responsible ?? "");
        }
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var saved = await _errors.TryAsync(async () => await Reviews.AssessAsync(await User.ActorAsync(), ReviewId, Draft));
        _saving = false;
        if (saved)
        {
            await OnSaved.InvokeAsync();
        }
    }
}
