namespace CompliancePortal.Core.Evaluation;

/// <summary>Why an evaluation ran.</summary>
public enum EvaluationTrigger
{
    Manual,
    Promotion,
    Schedule,
    Posted,
}
