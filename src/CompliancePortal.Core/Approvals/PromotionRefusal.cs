using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Approvals;

/// <summary>A refusal by the promotion policy: which rule, and why, in words for the person refused.</summary>
public sealed record PromotionRefusal(PromotionRule Rule, string Reason, bool IsAccess)
{
    public string Message => $"Refused by rule {Rule}: {Reason}";

    public static PromotionRefusal Access(PromotionRule rule, string reason) => new(rule, reason, IsAccess: true);

    public static PromotionRefusal Domain(PromotionRule rule, string reason) => new(rule, reason, IsAccess: false);

    /// <summary>403 for who may not act, 422 for what the state of the evidence or request does not allow.</summary>
    public Exception ToException() => IsAccess ? new AccessDeniedException(Message) : new DomainRuleException(Message);

    public void ThrowIt() => throw ToException();
}
