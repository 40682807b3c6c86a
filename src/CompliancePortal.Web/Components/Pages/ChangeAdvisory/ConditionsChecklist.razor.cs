using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Common;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace CompliancePortal.Web.Components.Pages.ChangeAdvisory;

/// <summary>The decision's conditions: the owner marks each done (with a note of where), the chair confirms it.</summary>
public sealed partial class ConditionsChecklist
{
    private readonly FormErrors _errors = new();
    private readonly Dictionary<Guid, string> _notes = [];
    private bool _busy;

    [Parameter, EditorRequired] public ChangeReviewView Review { get; set; } = default!;


    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private ChangeReviewService Reviews { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    private string Note(Guid id) => _notes.GetValueOrDefault(id, "");

    private Task MarkDoneAsync(ConditionView c) =>
        RunAsync(async actor => await Reviews.MarkConditionDoneAsync(actor, Review.Id, c.Id, Note(c.Id)));

    private Task ConfirmAsync(ConditionView c) => RunAsync(actor => Reviews.ConfirmConditionAsync(actor, Review.Id, c.Id));

    private async Task RunAsync(Func<Actor, Task> action)
    {
        _busy = true;
        var actor = await User.ActorAsync();
        var done = await _errors.TryAsync(() => action(actor));
        _busy = false;
        if (done)
        {
            await OnChanged.InvokeAsync();
        }
    }
}
