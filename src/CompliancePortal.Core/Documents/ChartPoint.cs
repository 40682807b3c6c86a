namespace CompliancePortal.Core.Documents;

public sealed record ChartPoint(DateTimeOffset At, double Value);
