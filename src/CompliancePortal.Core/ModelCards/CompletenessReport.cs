namespace CompliancePortal.Core.ModelCards;

/// <summary>Every template section in template order; the card is complete when every required one is present.</summary>
public sealed record CompletenessReport(IReadOnlyList<SectionStatus> Sections, bool IsComplete)
{
    public IEnumerable<SectionStatus> Gaps => Sections.Where(s => s.Required && !s.IsPresent);
}
