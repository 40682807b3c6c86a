namespace CompliancePortal.Core.ModelCards;

public sealed record SectionStatus(string Name, bool Required, SectionState State)
{
    public bool IsPresent => State == SectionState.Present;
}
