using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace CompliancePortal.Core.ModelCards;

/// <summary>
/// Word-level comparison of two card revisions as plain records, for a component to render; lines are aligned by
/// DiffPlex, and a changed line is split into words so a reviewer sees exactly which words changed.
/// </summary>
public static class CardDiff
{
    public static SideBySideDiff SideBySide(string oldMarkdown, string newMarkdown)
    {
        var model = Build(oldMarkdown, newMarkdown);
        var rows = model.OldText.Lines
            .Zip(model.NewText.Lines, (o, n) => new SideBySideRow(LineOf(o), LineOf(n)))
            .ToList();
        return new SideBySideDiff(rows);
    }

    public static InlineDiff Inline(string oldMarkdown, string newMarkdown)
    {
        var model = Build(oldMarkdown, newMarkdown);
        var lines = new List<InlineDiffLine>();
        var deleted = new List<InlineDiffLine>();
        var inserted = new List<InlineDiffLine>();
        // Within a changed block DiffPlex pairs deleted and inserted lines row by row; an inline view reads better with
        // the block's removed lines first, then the added ones, as in a unified diff.
        void Flush()
        {
            lines.AddRange(deleted);
            lines.AddRange(inserted);
            deleted.Clear();
            inserted.Clear();
        }
        foreach (var (o, n) in model.OldText.Lines.Zip(model.NewText.Lines))
        {
            switch ((o.Type, n.Type))
            {
                case (ChangeType.Unchanged, _):
                    Flush();
                    lines.Add(new InlineDiffLine(o.Position, n.Position, DiffChange.Unchanged, [new DiffSegment(n.Text ?? "", DiffChange.Unchanged)]));
                    break;
                case (ChangeType.Modified, _):
                    Flush();
                    lines.Add(new InlineDiffLine(o.Position, n.Position, DiffChange.Modified, Merge(o.SubPieces, n.SubPieces)));
                    break;
                default:
                    if (o.Type == ChangeType.Deleted)
                    {
                        deleted.Add(new InlineDiffLine(o.Position, null, DiffChange.Deleted, [new DiffSegment(o.Text ?? "", DiffChange.Deleted)]));
                    }
                    if (n.Type == ChangeType.Inserted)
                    {
                        inserted.Add(new InlineDiffLine(null, n.Position, DiffChange.Inserted, [new DiffSegment(n.Text ?? "", DiffChange.Inserted)]));
                    }
                    break;
            }
        }
        Flush();
        return new InlineDiff(lines);
    }

    private static SideBySideDiffModel Build(string oldMarkdown, string newMarkdown) =>
        new SideBySideDiffBuilder(Differ.Instance).BuildDiffModel(Normalize(oldMarkdown), Normalize(newMarkdown), ignoreWhitespace: false);

    private static DiffLine? LineOf(DiffPiece piece) => piece.Type switch
    {
        ChangeType.Imaginary => null,
        ChangeType.Modified => new DiffLine(piece.Position ?? 0, DiffChange.Modified,
            [.. piece.SubPieces.Where(p => p.Type != ChangeType.Imaginary).Select(p => new DiffSegment(p.Text ?? "", ChangeOf(p.Type)))]),
        _ => new DiffLine(piece.Position ?? 0, ChangeOf(piece.Type), [new DiffSegment(piece.Text ?? "", ChangeOf(piece.Type))]),
    };

    // The word pieces of the two sides are aligned position by position; a run of changed positions becomes its
    // deleted words followed by its inserted words, so replaced phrases read whole rather than word-by-word interleaved.
    private static List<DiffSegment> Merge(IReadOnlyList<DiffPiece> oldWords, IReadOnlyList<DiffPiece> newWords)
    {
        var segments = new List<DiffSegment>();
        var deleted = new List<DiffSegment>();
        var inserted = new List<DiffSegment>();
        for (var i = 0; i < Math.Max(oldWords.Count, newWords.Count); i++)
        {
            var o = i < oldWords.Count ? oldWords[i] : null;
            var n = i < newWords.Count ? newWords[i] : null;
            if (o?.Type == ChangeType.Unchanged)
            {
                segments.AddRange(deleted);
                segments.AddRange(inserted);
                deleted.Clear();
                inserted.Clear();
                segments.Add(new DiffSegment(o.Text ?? "", DiffChange.Unchanged));
                continue;
            }
            if (o is { Type: ChangeType.Deleted })
            {
                deleted.Add(new DiffSegment(o.Text ?? "", DiffChange.Deleted));
            }
            if (n is { Type: ChangeType.Inserted })
            {
                inserted.Add(new DiffSegment(n.Text ?? "", DiffChange.Inserted));
            }
        }
        segments.AddRange(deleted);
        segments.AddRange(inserted);
        return segments;
    }

    private static DiffChange ChangeOf(ChangeType type) => type switch
    {
        ChangeType.Inserted => DiffChange.Inserted,
        ChangeType.Deleted => DiffChange.Deleted,
        ChangeType.Modified => DiffChange.Modified,
        _ => DiffChange.Unchanged,
    };

    // The newline that ends the last line would otherwise show as an extra empty line at the end of every view.
    private static string Normalize(string text)
    {
        var normalized = (text ?? "").ReplaceLineEndings("\n");
        return normalized.EndsWith('\n') ? normalized[..^1] : normalized;
    }
}
