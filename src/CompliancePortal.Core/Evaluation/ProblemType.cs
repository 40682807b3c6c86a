namespace CompliancePortal.Core.Evaluation;

/// <summary>What a golden set's label is: a class, or a quantity.</summary>
public enum ProblemType
{
    Classification,
    Regression,
}
