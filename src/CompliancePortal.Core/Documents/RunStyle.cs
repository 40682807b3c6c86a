namespace CompliancePortal.Core.Documents;

[Flags]
public enum RunStyle
{
    Regular = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}
