namespace CompliancePortal.Core.Evaluation;

/// <summary>Where a golden-set version's bytes are: uploaded into the portal's database, or registered by URI and hash.</summary>
public enum GoldenSetSource
{
    Upload,
    RegisteredUri,
}
