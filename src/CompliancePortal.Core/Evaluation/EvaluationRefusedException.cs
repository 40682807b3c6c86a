using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Evaluation;

/// <summary>The portal could not run an evaluation; nothing was recorded. The message says why, for the person who asked.</summary>
public sealed class EvaluationRefusedException(string message, Exception? inner = null) : DomainRuleException(message)
{
    public Exception? Cause { get; } = inner;
}
