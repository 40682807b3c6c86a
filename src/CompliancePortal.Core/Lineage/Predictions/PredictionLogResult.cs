namespace CompliancePortal.Core.Lineage.Predictions;

public sealed record PredictionLogResult(int Received, int Recorded, int AlreadyLogged);
