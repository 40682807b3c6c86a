using System.Globalization;
using CompliancePortal.Core.Documents;

namespace CompliancePortal.Core.Tests.Documents;

public class PdfDocumentWriterTests
{
    private const double PageWidth = 595;
    private const double Margin = 56;

    [Fact]
    public void Paragraph_LongerThanALine_WrapsWithinTheMargins()
    {
        var text = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"word{i}"));

        using var pdf = Read(new ParagraphElement(text));

        var letters = pdf.Pages[0].Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.Location.Y > 100).ToList();
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Left, Margin - 1, PageWidth - Margin + 1));
        Assert.All(letters, l => Assert.InRange(l.BoundingBox.Right, Margin - 1, PageWidth - Margin + 1));
        Assert.True(letters.Select(l => Math.Round(l.Location.Y)).Distinct().Count() > 3, "the paragraph should take several lines");
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"word{i}"), Words(pdf.TextOf(1)).Where(w => w.StartsWith("word", StringComparison.Ordinal)));
    }

    [Fact]
    public void Word_WiderThanTheLine_IsBrokenAcrossLinesAndKeepsEveryCharacter()
    {
        var hash = string.Concat(Enumerable.Repeat("0123456789abcdef", 12));

        using var pdf = Read(new ParagraphElement(hash, RunStyle.Code));

        var letters = pdf.Pages[0].Letters.Where(l => l.Location.Y > 100).ToList();
        Assert.All(letters, l => Assert.True(l.BoundingBox.Right <= PageWidth - Margin + 1, $"'{l.Value}' runs into the margin"));
        Assert.Equal(hash, string.Concat(letters.Select(l => l.Value)));
    }

    [Fact]
    public void Text_LongerThanAPage_ContinuesOnTheNextPagesInOrder()
    {
        var paragraphs = Enumerable.Range(1, 90)
            .Select(i => (DocumentElement)new ParagraphElement($"Paragraph marker{i:000} with some more words to fill the line and wrap it around."))
            .ToArray();

        using var pdf = Read(paragraphs);

        Assert.True(pdf.PageCount >= 3, $"expected several pages, got {pdf.PageCount}");
        var markers = Words(pdf.AllText).Where(w => w.StartsWith("marker", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 90).Select(i => $"marker{i:000}"), markers);
    }

    [Fact]
    public void Table_SplitAcrossPages_RepeatsItsHeaderOnEveryPage()
    {
        var rows = Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[$"row{i:000}", "value", "another value"]);

        using var pdf = Read(TableElement.Of(["Alpha", "Beta", "Gamma"], rows));

        Assert.True(pdf.PageCount >= 3);
        for (var p = 1; p <= pdf.PageCount; p++)
        {
            Assert.StartsWith("Alpha Beta Gamma", pdf.TextOf(p), StringComparison.Ordinal);
        }
        var rowNames = Words(pdf.AllText).Where(w => w.StartsWith("row", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 150).Select(i => $"row{i:000}"), rowNames);
    }

    [Fact]
    public void TableRow_TallerThanAPage_IsSplitBetweenItsLines()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 80).Select(i => $"line{i:00}"));

        using var pdf = Read(TableElement.Of(["Name", "Text"], [["only", tall]]));

        Assert.Equal(2, pdf.PageCount);
        Assert.StartsWith("Name Text", pdf.TextOf(2), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 80).Select(i => $"line{i:00}"), Words(pdf.AllText).Where(w => w.StartsWith("line", StringComparison.Ordinal)));
    }

    [Fact]
    public void Contents_ListsEveryChapterWithThePageItLandsOn()
    {
        var elements = new List<DocumentElement> { new HeadingElement(1, "Cover", InContents: false), new ContentsElement() };
        foreach (var chapter in new[] { "First chapter", "Second chapter", "Third chapter" })
        {
            elements.Add(new PageBreakElement());
            elements.Add(new HeadingElement(1, chapter));
            elements.AddRange(Enumerable.Range(1, 40).Select(i => new ParagraphElement($"Filler paragraph {i} of {chapter}, long enough to take a line.")));
        }

        using var pdf = Read([.. elements]);

        var contents = pdf.TextOf(2);
        Assert.StartsWith("Contents", contents, StringComparison.Ordinal);
        Assert.DoesNotContain("Cover", contents, StringComparison.Ordinal);
        foreach (var chapter in new[] { "First chapter", "Second chapter", "Third chapter" })
        {
            var page = Enumerable.Range(3, pdf.PageCount - 2).First(p => pdf.TextOf(p).StartsWith(chapter, StringComparison.Ordinal));
            Assert.Contains($"{chapter} {page}", contents, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Contents_WithMoreEntriesThanFitOnAPage_TakesAsManyPagesAsItNeeds()
    {
        var elements = new List<DocumentElement> { new ContentsElement() };
        elements.AddRange(Enumerable.Range(1, 80).Select(i => new HeadingElement(2, $"Section {i:00}")));

        using var pdf = Read([.. elements]);

        Assert.StartsWith("Contents Section 01 3 ", pdf.TextOf(1), StringComparison.Ordinal);
        Assert.StartsWith("Section 44 ", pdf.TextOf(2), StringComparison.Ordinal);
        Assert.StartsWith("Section 01 Section 02", pdf.TextOf(3), StringComparison.Ordinal);
        var lastPage = Enumerable.Range(3, pdf.PageCount - 2).Last(p => pdf.TextOf(p).Contains("Section 80", StringComparison.Ordinal));
        Assert.Contains($"Section 80 {lastPage} ", pdf.TextOf(2), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPage_IsNumberedOutOfTheTotalAndCarriesTheFooter()
    {
        var paragraphs = Enumerable.Range(1, 100).Select(i => (DocumentElement)new ParagraphElement($"Paragraph {i} of the body text.")).ToArray();

        using var pdf = Read(paragraphs);

        Assert.True(pdf.PageCount > 1);
        for (var p = 1; p <= pdf.PageCount; p++)
        {
            Assert.EndsWith($"Test footer Page {p} of {pdf.PageCount}", pdf.TextOf(p), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Image_IsPlacedOnThePageAtTheRequestedWidth()
    {
        using var pdf = Read(new ImageElement(TinyPng.Solid(40, 20, 200, 30, 30), 200, "A red box"));

        var image = Assert.Single(pdf.Pages[0].GetImages());
        Assert.Equal(200, image.BoundingBox.Width, 0.5);
        Assert.Equal(100, image.BoundingBox.Height, 0.5);
        Assert.Contains("A red box", pdf.TextOf(1), StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_DrawsItsTitleSeriesNamesAndDateRange()
    {
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var chart = new ChartElement("Metrics over time",
        [
            new ChartSeries("accuracy", Enumerable.Range(0, 6).Select(i => new ChartPoint(start.AddDays(7 * i), 0.8 + i * 0.01)).ToList()),
            new ChartSeries("roc_auc", Enumerable.Range(0, 6).Select(i => new ChartPoint(start.AddDays(7 * i), 0.85 + i * 0.005)).ToList()),
        ], Threshold: 0.8);

        using var pdf = Read(chart);

        var text = pdf.TextOf(1);
        Assert.Contains("Metrics over time", text, StringComparison.Ordinal);
        Assert.Contains("accuracy", text, StringComparison.Ordinal);
        Assert.Contains("roc_auc", text, StringComparison.Ordinal);
        Assert.Contains("2026-01-05", text, StringComparison.Ordinal);
        Assert.Contains(start.AddDays(35).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.True(pdf.Pages[0].Paths.Count > 10, "the chart is drawn as vector paths");
    }

    [Fact]
    public void Document_CarriesItsTitleAndBookmarksForChapters()
    {
        var bytes = PdfDocumentWriter.Write(new DocumentSpec("Pack title", "Tester", "Test footer",
            [new HeadingElement(1, "Chapter one"), new HeadingElement(2, "Section one"), new HeadingElement(1, "Chapter two")]));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);

        Assert.Equal("Pack title", pdf.Information.Title);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(["Chapter one", "Chapter two"], bookmarks.Roots.Select(b => b.Title));
        Assert.Equal("Section one", Assert.Single(bookmarks.Roots[0].Children).Title);
    }

    [Fact]
    public void Write_TheSameSpecTwice_GivesTheSameBytes_AndOtherContentAnotherDocumentId()
    {
        DocumentSpec Spec(string text) => new("Minutes", "Board", "Test footer",
            [new HeadingElement(1, "Attendance"), new ParagraphElement(text), new ParagraphElement("sha256 0123456789abcdef", RunStyle.Code),
                new ParagraphElement("Ωmega needs the Unicode font")])
        {
            CreatedAt = new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero),
        };

        var first = PdfDocumentWriter.Write(Spec("Present: Yuki Tanaka"));
        var second = PdfDocumentWriter.Write(Spec("Present: Yuki Tanaka"));
        var other = PdfDocumentWriter.Write(Spec("Present: Daniel Okafor"));

        Assert.Equal(first, second);
        Assert.NotEqual(DocumentId(first), DocumentId(other));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(first);
        Assert.Contains("Present: Yuki Tanaka", string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);
    }

    private static string DocumentId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return text[text.LastIndexOf("/ID[", StringComparison.Ordinal)..][..40];
    }

    internal static ReadBack Read(params DocumentElement[] elements) =>
        new(PdfDocumentWriter.Write(new DocumentSpec("Test", "Tester", "Test footer", elements)));

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
