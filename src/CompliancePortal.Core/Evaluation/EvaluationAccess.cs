using CompliancePortal.Core.Common;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Evaluation;

/// <summary>
/// Who may register golden sets and record evaluations: the model's owner or backup owner, or a compliance officer; and
/// the portal itself, which evaluates production versions on the revalidation schedule.
/// </summary>
internal static class EvaluationAccess
{
    public static void Require(Actor actor, Model model, string what)
    {
        if (!actor.IsSystem && !actor.MayManageEvidence(model))
        {
            throw new AccessDeniedException($"Only the owner or backup owner of {model.Key} (with the ModelOwner role) or a compliance officer can {what}.");
        }
    }
}
