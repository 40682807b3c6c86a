namespace CompliancePortal.Core.Models;

/// <summary>How a version differs from its predecessor: Major for a new architecture or a new data source.</summary>
public enum ChangeClass
{
    Minor,
    Major,
}
