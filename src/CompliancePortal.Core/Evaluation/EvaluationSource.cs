namespace CompliancePortal.Core.Evaluation;

/// <summary>Who computed the metrics: the portal itself, or an external harness that posted them.</summary>
public enum EvaluationSource
{
    PortalRun,
    Posted,
}
