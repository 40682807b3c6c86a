using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.Tests.Documents;

public class DiagramTests
{
    private const double PageWidth = 595;
    private const double Margin = 56;

    [Fact]
    public void Diagram_DrawsEveryLabelAndNoteWithinTheMargins_AndItsCaption()
    {
        var diagram = new DiagramElement(
        [
            new DiagramNode("s", "core-banking", 0, "source system"),
            new DiagramNode("d1", "loans@2026-11-20", 1, "sha256 3f2a…"),
            new DiagramNode("d2", "bureau@2026-11-19", 1),
            new DiagramNode("r", "credit_pd.train", 2, "training run, Complete"),
            new DiagramNode("m", "credit-default-pd 2.1.0", 3),
        ], [new DiagramEdge("s", "d1"), new DiagramEdge("d1", "r"), new DiagramEdge("d2", "r"), new DiagramEdge("r", "m")], "Lineage of 2.1.0");

        using var pdf = PdfDocumentWriterTests.Read(new ParagraphElement("Before the figure."), diagram, new ParagraphElement("After the figure."));

        var text = pdf.TextOf(1);
        foreach (var label in new[] { "core-banking", "loans@2026-11-20", "bureau@2026-11-19", "credit_pd.train", "credit-default-pd 2.1.0", "training run, Complete", "Lineage of 2.1.0" })
        {
            Assert.Contains(label, text);
        }
        Assert.True(text.IndexOf("core-banking", StringComparison.Ordinal) < text.IndexOf("credit-default-pd 2.1.0", StringComparison.Ordinal),
            "the top layer comes before the bottom one");
        Assert.True(text.IndexOf("Lineage of 2.1.0", StringComparison.Ordinal) < text.IndexOf("After the figure.", StringComparison.Ordinal));
        var letters = pdf.Pages[0].Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.Location.Y > 100).ToList();
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, Margin - 1, PageWidth - Margin + 1));
    }

    [Fact]
    public void Diagram_WithMoreBoxesInALayerThanFit_SaysSoInsteadOfDrawingThem()
    {
        var nodes = Enumerable.Range(1, DiagramElement.MaxPerLayer + 1).Select(i => new DiagramNode($"n{i}", $"box{i}", 0)).ToList();

        using var pdf = PdfDocumentWriterTests.Read(new DiagramElement(nodes, []));

        Assert.Contains("too large to draw on one page", pdf.TextOf(1));
        Assert.DoesNotContain("box1", pdf.TextOf(1));
    }
}
