using CompliancePortal.Core.Documents;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.AuditPacks.Sections;

/// <summary>
/// Every change advisory board review of each version in scope: why the change came, its risk assessment, the meeting
/// it was decided at, every vote, the recusals, the tally, the decision and its conditions; the minutes' stored hashes go
/// to the manifest beside each review's.
/// </summary>
public sealed class ChangeAdvisorySection(IDbContextFactory<PortalDbContext> contexts) : IAuditPackSection
{
    public string Title => "Change advisory board decisions";

    public async Task<IReadOnlyList<DocumentElement>> BuildAsync(AuditPackContext context, CancellationToken ct)
    {
        var reviews = await ReviewsAsync(context.Versions.Select(v => v.Id).ToList(), ct);
        var elements = new List<DocumentElement>();
        foreach (var v in context.Versions)
        {
            elements.AddRange(ChangeAdvisoryLayout.Version(v.Label, reviews.Where(r => r.Version == v.Label).ToList(), context.Manifest, Title));
        }
        if (context.Versions.Count == 0)
        {
            elements.Add(new ParagraphElement("No versions of this model are registered, so no change advisory board review was opened."));
        }
        ChangeAdvisoryLayout.Minutes(reviews, context.Manifest, Title);
        return elements;
    }

    private async Task<IReadOnlyList<CabReviewRecord>> ReviewsAsync(IReadOnlyList<Guid> versionIds, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var reviews = await db.ChangeReviews.AsNoTracking().Include(r => r.Votes).Include(r => r.Conditions)
            .Where(r => versionIds.Contains(r.ModelVersionId)).ToListAsync(ct);
        if (reviews.Count == 0)
        {
            return [];
        }
        var boardIds = reviews.Select(r => r.BoardId).OfType<Guid>().Distinct().ToList();
        var boards = await db.ChangeAdvisoryBoards.AsNoTracking().Include(b => b.Members).Where(b => boardIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var meetingIds = reviews.Select(r => r.MeetingId).OfType<Guid>().Distinct().ToList();
        var meetings = await db.CabMeetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var personIds = boards.Values.SelectMany(b => b.Members.Select(m => m.PersonId).Append(b.ChairId)).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var modelId = reviews[0].ModelId;
        var model = await db.Models.AsNoTracking().SingleAsync(m => m.Id == modelId, ct);
        // Ordered here rather than in SQL: SQLite cannot order by a DateTimeOffset column.
        return reviews.OrderBy(r => r.OpenedAt)
            .Select(r => CabReviewRecord.From(r,
                r.BoardId is { } board ? boards.GetValueOrDefault(board) : null,
                r.MeetingId is { } meeting ? meetings.GetValueOrDefault(meeting) : null,
                people, model))
            .ToList();
    }
}
