using PdfSharp.Fonts;

namespace CompliancePortal.Core.Documents;

/// <summary>
/// Serves the DejaVu fonts to PDFsharp, which finds no fonts on Linux by itself. Installed once per process, before the
/// first document; a missing font file fails there, with the package to install, rather than in the middle of a pack.
/// </summary>
public sealed class DocumentFonts : IFontResolver
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";

    /// <summary>Where Debian's <c>fonts-dejavu-core</c> puts them.</summary>
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock InstallLock = new();

    private static readonly string[] Faces =
    [
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique",
        "DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique", "DejaVuSansMono-BoldOblique",
    ];

    private readonly Dictionary<string, byte[]> _faces;

    private DocumentFonts(Dictionary<string, byte[]> faces) => _faces = faces;

    /// <summary>Loads the fonts from <paramref name="directory"/> and hands them to PDFsharp; later calls change nothing.</summary>
    public static void Install(string? directory = null)
    {
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is DocumentFonts)
            {
                return;
            }
            var folder = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;
            var faces = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var face in Faces)
            {
                var file = Path.Combine(folder, face + ".ttf");
                if (!File.Exists(file))
                {
                    throw new InvalidOperationException(
                        $"The PDF font {file} is missing. Install the DejaVu fonts (Debian/Ubuntu: apt-get install fonts-dejavu-core) " +
                        "or set Documents:FontDirectory to a folder holding DejaVuSans*.ttf and DejaVuSansMono*.ttf.");
                }
                faces[face] = File.ReadAllBytes(file);
            }
            GlobalFontSettings.FontResolver = new DocumentFonts(faces);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var family = familyName.Equals(Mono, StringComparison.OrdinalIgnoreCase) ? "DejaVuSansMono" : "DejaVuSans";
        var suffix = (bold, italic) switch
        {
            (true, true) => "-BoldOblique",
            (true, false) => "-Bold",
            (false, true) => "-Oblique",
            _ => "",
        };
        return new FontResolverInfo(family + suffix);
    }

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);
}
