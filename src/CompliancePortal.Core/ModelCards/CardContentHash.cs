using System.Text.Json;
using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// The SHA-256 a card revision is recorded and compared by (in the revision, its audit event and the approvals that
/// relied on it). What is hashed is a JSON array of three strings: a format marker, so a later change of the encoding
/// can never collide with this one; the metadata as <see cref="CardMetadata.ToYaml"/> writes it, which is one fixed
/// text for the same keys, order and values however the imported YAML was laid out; and the Markdown with line endings
/// normalised to <c>\n</c>, since Windows and browser editors would otherwise change the hash of an unchanged card.
/// Everything else, whitespace included, is content: a changed word or space is a changed card.
/// </summary>
public static class CardContentHash
{
    public const string Format = "model-card/1";

    public static string Compute(string markdown, CardMetadata? metadata = null) => Hashes.Sha256Hex(Canonical(markdown, metadata));

    public static string Canonical(string markdown, CardMetadata? metadata = null) =>
        JsonSerializer.Serialize(new[]
        {
            Format,
            (metadata ?? CardMetadata.Empty).ToYaml(),
            (markdown ?? "").ReplaceLineEndings("\n"),
        });
}
