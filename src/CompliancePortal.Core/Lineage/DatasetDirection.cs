namespace CompliancePortal.Core.Lineage;

public enum DatasetDirection
{
    Input,
    Output,
}
