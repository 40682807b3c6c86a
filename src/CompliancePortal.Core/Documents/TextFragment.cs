using PdfSharp.Drawing;

namespace CompliancePortal.Core.Documents;

/// <summary>Text in one font at a horizontal offset within its line.</summary>
internal sealed record TextFragment(string Text, XFont Font, double X, double Width, string? Link);
