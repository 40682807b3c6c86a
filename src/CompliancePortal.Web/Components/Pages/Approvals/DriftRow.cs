using CompliancePortal.Core.Approvals;

namespace CompliancePortal.Web.Components.Pages.Approvals;

/// <summary>One editable row of the drift-threshold form.</summary>
public sealed class DriftRow
{
    public string Monitored { get; set; } = "";

    public DriftMethod Method { get; set; } = DriftMethod.Psi;

    public double? Warning { get; set; }

    public double? Critical { get; set; }

    public static DriftRow From(DriftThreshold t) => new() { Monitored = t.Monitored, Method = t.Method, Warning = t.Warning, Critical = t.Critical };

    /// <summary>An empty number is sent as NaN so the domain names the field, rather than the form guessing a value.</summary>
    public DriftThreshold ToThreshold() => new(Monitored, Method, Warning ?? double.NaN, Critical ?? double.NaN);
}
