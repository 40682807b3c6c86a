using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CompliancePortal.Core.Tests.Documents;

/// <summary>Reads a generated PDF back with PdfPig, the way an auditor's tools would see it.</summary>
internal sealed class ReadBack : IDisposable
{
    private readonly PdfDocument _pdf;

    public ReadBack(byte[] bytes)
    {
        _pdf = PdfDocument.Open(bytes);
        Pages = _pdf.GetPages().ToList();
    }

    public IReadOnlyList<Page> Pages { get; }

    public int PageCount => Pages.Count;

    /// <summary>The words of a page joined by single spaces, so multi-word phrases can be looked for.</summary>
    public string TextOf(int pageNumber) => string.Join(' ', Pages[pageNumber - 1].GetWords().Select(w => w.Text));

    public string AllText => string.Join('\n', Enumerable.Range(1, PageCount).Select(TextOf));

    public int FirstPageWith(string phrase) =>
        Enumerable.Range(1, PageCount).FirstOrDefault(p => TextOf(p).Contains(phrase, StringComparison.Ordinal));

    public string Title => _pdf.Information.Title ?? "";

    public void Dispose() => _pdf.Dispose();
}
