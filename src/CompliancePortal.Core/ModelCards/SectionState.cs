namespace CompliancePortal.Core.ModelCards;

public enum SectionState
{
    /// <summary>The section has substantive content.</summary>
    Present,

    /// <summary>No heading of that name.</summary>
    Missing,

    /// <summary>A heading with nothing under it before the next heading of the same or a higher level.</summary>
    Empty,

    /// <summary>The content is still only the template's guidance text.</summary>
    Placeholder,

    /// <summary>Some content, but fewer words than <see cref="CardCompleteness.MinimumWords"/>.</summary>
    TooShort,
}
