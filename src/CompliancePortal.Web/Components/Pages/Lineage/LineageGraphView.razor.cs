using System.Globalization;
using CompliancePortal.Core.Lineage.Graph;
using CompliancePortal.Web.Lineage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CompliancePortal.Web.Components.Pages.Lineage;

/// <summary>Draws a placed graph as SVG, with pan (drag), zoom (wheel and buttons) and click to select or expand.</summary>
public sealed partial class LineageGraphView
{
    // The narrowest the drawing area is on a laptop screen beside the detail panel; a wider screen shows margin.
    private const double MinScale = 0.2, MaxScale = 3, FitWidth = 700;
    private double _x = 20, _y = 20, _scale = 1;
    private bool _panning;
    private double _lastX, _lastY;
    private int? _fittedFor;

    [Parameter, EditorRequired] public IReadOnlyList<PlacedNode> Placed { get; set; } = [];

    [Parameter, EditorRequired] public IReadOnlyCollection<LineageEdge> Edges { get; set; } = [];

    [Parameter] public string? SelectedId { get; set; }

    [Parameter] public int Height { get; set; } = 560;

    /// <summary>Changes when a new drawing replaces the old one, which is then fitted to the view; an expansion keeps pan and zoom.</summary>
    [Parameter] public int Drawing { get; set; }

    [Parameter] public EventCallback<string> OnSelect { get; set; }

    [Parameter] public EventCallback<string> OnExpand { get; set; }

    private string Transform => $"translate({Num(_x)},{Num(_y)}) scale({Num(_scale)})";

    private IEnumerable<(string Path, string Relation)> VisibleEdges
    {
        get
        {
            var at = Placed.ToDictionary(p => p.Node.Id);
            foreach (var e in Edges)
            {
                if (at.TryGetValue(e.From, out var a) && at.TryGetValue(e.To, out var b))
                {
                    var (x1, y1) = (a.X + GraphLayout.NodeWidth, a.Y + GraphLayout.NodeHeight / 2);
                    var (x2, y2) = (b.X, b.Y + GraphLayout.NodeHeight / 2);
                    var bend = Math.Max(30, Math.Abs(x2 - x1) / 2);
                    yield return ($"M {Num(x1)} {Num(y1)} C {Num(x1 + bend)} {Num(y1)}, {Num(x2 - bend)} {Num(y2)}, {Num(x2)} {Num(y2)}", e.Relation);
                }
            }
        }
    }

    protected override void OnParametersSet()
    {
        if (_fittedFor != Drawing && Placed.Count > 0)
        {
            Fit();
            _fittedFor = Drawing;
        }
    }

    private void Zoom(double factor) => _scale = Math.Clamp(_scale * factor, MinScale, MaxScale);

    private void Fit()
    {
        var width = Placed.Count == 0 ? 0 : Placed.Max(p => p.X) + GraphLayout.NodeWidth;
        var height = Placed.Count == 0 ? 0 : Placed.Max(p => p.Y) + GraphLayout.NodeHeight;
        _scale = Math.Clamp(Math.Min(FitWidth / Math.Max(width, 1), (Height - 40) / Math.Max(height, 1)), MinScale, 1);
        (_x, _y) = (20, 20);
    }

    private void OnWheel(WheelEventArgs e) => Zoom(e.DeltaY < 0 ? 1.1 : 1 / 1.1);

    private void StartPan(MouseEventArgs e) => (_panning, _lastX, _lastY) = (true, e.ClientX, e.ClientY);

    private void Pan(MouseEventArgs e)
    {
        if (!_panning)
        {
            return;
        }
        (_x, _y) = (_x + e.ClientX - _lastX, _y + e.ClientY - _lastY);
        (_lastX, _lastY) = (e.ClientX, e.ClientY);
    }

    private void EndPan() => _panning = false;

    private static string Translate(double x, double y) => $"translate({Num(x)},{Num(y)})";

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Caption(LineageNode node) => node.State ?? node.Caption;

    private static string Kind(LineageNode node) => node.Kind switch
    {
        NodeKind.SourceSystem => "source",
        NodeKind.DatasetVersion => "version",
        NodeKind.ModelVersion => node.InProduction == true ? "in production" : "model",
        _ => node.Kind.ToString().ToLowerInvariant(),
    };

    private static string Fill(NodeKind kind) => kind switch
    {
        NodeKind.SourceSystem => "#fff3e0",
        NodeKind.Dataset => "#e3f2fd",
        NodeKind.DatasetVersion => "#e1f5fe",
        NodeKind.Job => "#f3e5f5",
        NodeKind.Run => "#ede7f6",
        NodeKind.ModelVersion => "#e8f5e9",
        _ => "#fafafa",
    };
}
