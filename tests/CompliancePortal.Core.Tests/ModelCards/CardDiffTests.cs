using CompliancePortal.Core.ModelCards;

namespace CompliancePortal.Core.Tests.ModelCards;

public sealed class CardDiffTests
{
    [Fact]
    public void SideBySide_OfIdenticalRevisions_HasNoChanges()
    {
        var text = "## Evaluation\n\nAUC 0.81 on the golden set.\n";

        var diff = CardDiff.SideBySide(text, text.ReplaceLineEndings("\r\n"));

        Assert.False(diff.HasChanges);
        Assert.All(diff.Rows, r => Assert.Equal(r.Old?.Text, r.New?.Text));
    }

    [Fact]
    public void SideBySide_OfAChangedWord_MarksOnlyThatWordOnEachSide()
    {
        var before = "## Evaluation\nThe quick brown fox.\n";
        var after = "## Evaluation\nThe slow brown fox.\n";

        var diff = CardDiff.SideBySide(before, after);

        var row = diff.Rows[1];
        Assert.Equal(DiffChange.Modified, row.Old!.Change);
        Assert.Equal(DiffChange.Modified, row.New!.Change);
        Assert.Equal([new DiffSegment("quick", DiffChange.Deleted)], row.Old.Segments.Where(s => s.Change != DiffChange.Unchanged));
        Assert.Equal([new DiffSegment("slow", DiffChange.Inserted)], row.New.Segments.Where(s => s.Change != DiffChange.Unchanged));
        Assert.Equal("The quick brown fox.", row.Old.Text);
        Assert.Equal("The slow brown fox.", row.New.Text);
        Assert.Equal((2, 2), (row.Old.Number, row.New.Number));
        Assert.Equal(DiffChange.Unchanged, diff.Rows[0].Old!.Change);
    }

    [Fact]
    public void SideBySide_OfAnAddedLine_LeavesTheOldSideBlank()
    {
        var before = "one\nthree\n";
        var after = "one\ntwo\nthree\n";

        var diff = CardDiff.SideBySide(before, after);

        var added = Assert.Single(diff.Rows, r => r.Old is null);
        Assert.Equal(new DiffLine(2, DiffChange.Inserted, [new DiffSegment("two", DiffChange.Inserted)]).Text, added.New!.Text);
        Assert.Equal(DiffChange.Inserted, added.New.Change);
        Assert.Equal(2, added.New.Number);
    }

    [Fact]
    public void SideBySide_OfARemovedLine_LeavesTheNewSideBlank()
    {
        var before = "one\ntwo\nthree\n";
        var after = "one\nthree\n";

        var diff = CardDiff.SideBySide(before, after);

        var removed = Assert.Single(diff.Rows, r => r.New is null);
        Assert.Equal("two", removed.Old!.Text);
        Assert.Equal(DiffChange.Deleted, removed.Old.Change);
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Inline_OfAChangedPhrase_ShowsTheDeletedWordsThenTheInsertedOnesInOneLine()
    {
        var before = "Scored on the 2025 golden set.";
        var after = "Scored on the 2026 holdout set.";

        var diff = CardDiff.Inline(before, after);

        var line = Assert.Single(diff.Lines);
        Assert.Equal(DiffChange.Modified, line.Change);
        Assert.Equal((1, 1), (line.OldNumber, line.NewNumber));
        Assert.Equal(
            "Scored on the [-2025-][+2026+] [-golden-][+holdout+] set.",
            string.Concat(line.Segments.Select(s => s.Change switch
            {
                DiffChange.Deleted => $"[-{s.Text}-]",
                DiffChange.Inserted => $"[+{s.Text}+]",
                _ => s.Text,
            })));
    }

    [Fact]
    public void Inline_OfRemovedAndAddedLines_NumbersEachAgainstItsOwnRevision()
    {
        var before = "keep\ngone\nkeep too\n";
        var after = "keep\nkeep too\nnew\n";

        var diff = CardDiff.Inline(before, after);

        Assert.Equal(
        [
            (1, 1, DiffChange.Unchanged, "keep"),
            (2, null, DiffChange.Deleted, "gone"),
            (3, 2, DiffChange.Unchanged, "keep too"),
            (null, 3, DiffChange.Inserted, "new"),
        ], diff.Lines.Select(l => (l.OldNumber, l.NewNumber, l.Change, string.Concat(l.Segments.Select(s => s.Text)))));
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Inline_OfIdenticalRevisions_HasNoChanges()
    {
        var text = "## Evaluation\n\nAUC 0.81.\n";

        var diff = CardDiff.Inline(text, text);

        Assert.False(diff.HasChanges);
        Assert.All(diff.Lines, l => Assert.Equal(l.OldNumber, l.NewNumber));
    }
}
