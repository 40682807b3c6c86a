using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace CompliancePortal.Core.Documents;

/// <summary>
/// PDFsharp tags font subsets, identifies the document and its XMP metadata with random GUIDs, so two renderings of the
/// same content differ. Documents rendered again on request (CAB minutes) must be the same bytes every time: the tags are
/// numbered in object order instead, and the identifiers are derived from the content.
/// </summary>
internal static partial class ReproduciblePdf
{
    private static readonly string[] FontNameKeys = ["/BaseFont", "/FontName"];

    /// <summary>Before saving: deterministic subset tags and trailer ID; returns the ID for <see cref="Finish"/>.</summary>
    public static Guid Prepare(PdfDocument document)
    {
        var objects = document.Internals.GetAllObjects().OfType<PdfDictionary>()
            .OrderBy(o => o.Reference?.ObjectNumber ?? int.MaxValue).ToList();
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dictionary in objects)
        {
            foreach (var key in FontNameKeys)
            {
                if (SubsetName().Match(dictionary.Elements.GetName(key)) is { Success: true } match)
                {
                    var random = match.Groups["tag"].Value;
                    if (!tags.TryGetValue(random, out var tag))
                    {
                        tags[random] = tag = Tag(tags.Count);
                    }
                    dictionary.Elements.SetName(key, $"/{tag}+{match.Groups["font"].Value}");
                }
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{document.Info.Title}\n{document.Info.Subject}\n{document.Info.CreationDate:O}\n"));
        foreach (var dictionary in objects.Where(d => d.Stream?.Value is not null))
        {
            hash.AppendData(dictionary.Stream.Value);
        }
        var id = hash.GetHashAndReset().AsSpan(0, 16).ToArray();
        // PDFsharp writes each char of these strings as one byte of the trailer's ID.
        document.Internals.FirstDocumentID = Encoding.Latin1.GetString(id);
        document.Internals.SecondDocumentID = Encoding.Latin1.GetString(id);
        return new Guid(id);
    }

    /// <summary>
    /// After saving: the XMP metadata's document and instance ids, written at save time from new GUIDs, become the content's
    /// id. Both are 36 characters either way and the metadata stream is not compressed, so no offset moves.
    /// </summary>
    public static byte[] Finish(byte[] pdf, Guid id)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var replaced = XmpId().Replace(text, id.ToString("D"));
        return Encoding.Latin1.GetBytes(replaced);
    }

    /// <summary>Six upper-case letters, distinct per subset as the PDF specification asks: AAAAAA, AAAAAB, …</summary>
    private static string Tag(int index)
    {
        var letters = new char[6];
        for (var i = letters.Length - 1; i >= 0; i--)
        {
            letters[i] = (char)('A' + index % 26);
            index /= 26;
        }
        return new string(letters);
    }

    [GeneratedRegex("^/(?<tag>[A-Z]{6})\\+(?<font>.+)$")]
    private static partial Regex SubsetName();

    [GeneratedRegex("(?<=<xmpMM:(?:DocumentID|InstanceID)>uuid:)[0-9a-fA-F-]{36}(?=</xmpMM:(?:DocumentID|InstanceID)>)")]
    private static partial Regex XmpId();
}
