using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>Creates and edits change advisory boards (administrators only); every change is audited in its own transaction.</summary>
public sealed class BoardService(AuditedChanges changes, LiveUpdates live)
{
    public async Task<string> CreateAsync(Actor actor, string key, BoardDefinition definition, CancellationToken ct = default)
    {
        var (boardKey, boardId) = await changes.RunAsync(actor, async (db, audit) =>
        {
            RequireAdministrator(actor);
            var normalizedKey = key?.Trim() ?? "";
            var errors = definition.Validate();
            await CheckReferencesAsync(db, definition, errors, ct);
            errors.When(Slug.IsValid(normalizedKey) && await db.ChangeAdvisoryBoards.AnyAsync(b => b.Key == normalizedKey, ct), "Key",
                $"A board with the key '{normalizedKey}' already exists; choose another key.");
            await CheckNameFreeAsync(db, definition, null, errors, ct);
            errors.ThrowIfAny();

            var board = ChangeAdvisoryBoard.Create(normalizedKey, definition, audit.At);
            db.ChangeAdvisoryBoards.Add(board);
            audit.Record("cab.board-created", nameof(ChangeAdvisoryBoard), board.Id.ToString(), null, board.Snapshot());
            await AdoptWaitingReviewsAsync(db, audit, board, ct);
            return (board.Key, board.Id);
        }, ct);
        live.Publish(CabChanged.Board(boardId));
        return boardKey;
    }

    /// <param name="expectedRevision">The revision the editor read; a different current revision means someone else saved first.</param>
    public async Task UpdateAsync(Actor actor, string key, BoardDefinition definition, int expectedRevision, CancellationToken ct = default)
    {
        var boardId = await changes.RunAsync(actor, async (db, audit) =>
        {
            RequireAdministrator(actor);
            var board = await db.ChangeAdvisoryBoards.Include(b => b.Members).SingleOrDefaultAsync(b => b.Key == key, ct)
                ?? throw new NotFoundException($"There is no board with the key '{key}'.");
            var errors = definition.Validate();
            await CheckReferencesAsync(db, definition, errors, ct);
            await CheckNameFreeAsync(db, definition, board.Id, errors, ct);
            errors.ThrowIfAny();

            db.Entry(board).Property(b => b.Revision).OriginalValue = expectedRevision;
            var before = board.Snapshot();
            board.Update(definition, audit.At);
            audit.Record("cab.board-updated", nameof(ChangeAdvisoryBoard), board.Id.ToString(), before, board.Snapshot());
            await AdoptWaitingReviewsAsync(db, audit, board, ct);
            return board.Id;
        }, ct);
        // Open tallies re-read: members and rules decide who counts.
        live.Publish(CabChanged.Board(boardId));
    }

    /// <summary>Reviews opened while no board covered their model join the first board whose scope does.</summary>
    private static async Task AdoptWaitingReviewsAsync(PortalDbContext db, AuditRecorder audit, ChangeAdvisoryBoard board, CancellationToken ct)
    {
        var waiting = await db.ChangeReviews.Where(r => r.BoardId == null && r.Outcome == null).ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return;
        }
        var modelIds = waiting.Select(r => r.ModelId).Distinct().ToList();
        var tiers = await db.Models.Where(m => modelIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.RiskTier, ct);
        foreach (var review in waiting.Where(r => board.Covers(r.ModelKey, tiers[r.ModelId])))
        {
            var before = review.Snapshot();
            review.AssignBoard(board.Id);
            audit.Record("cab.review-assigned", nameof(ChangeReview), review.Id.ToString(), before, review.Snapshot(), review.ModelKey);
        }
    }

    private static void RequireAdministrator(Actor actor)
    {
        if (!actor.HasRole(PortalRoles.Administrator))
        {
            throw new AccessDeniedException("Only an administrator can create or change change advisory boards.");
        }
    }

    /// <summary>The members must be people the portal knows, and the models in scope must exist.</summary>
    private static async Task CheckReferencesAsync(PortalDbContext db, BoardDefinition definition, ValidationErrors errors, CancellationToken ct)
    {
        var memberIds = (definition.MemberIds ?? []).Distinct().ToList();
        var known = await db.People.Where(p => memberIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        errors.When(known.Count != memberIds.Count, "Members", "A member is not a person known to the portal.");
        var keys = (definition.ModelKeys ?? []).Select(k => k?.Trim() ?? "").Distinct().ToList();
        var existing = await db.Models.Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct);
        foreach (var missing in keys.Except(existing).Where(Slug.IsValid))
        {
            errors.Add(nameof(BoardDefinition.ModelKeys), $"There is no model with the key '{missing}'.");
        }
    }

    private static async Task CheckNameFreeAsync(PortalDbContext db, BoardDefinition definition, Guid? self, ValidationErrors errors, CancellationToken ct)
    {
        var name = definition.Name?.Trim() ?? "";
        errors.When(name.Length > 0 && await db.ChangeAdvisoryBoards.AnyAsync(b => b.Name == name && b.Id != self, ct), nameof(BoardDefinition.Name),
            $"Another board is already called '{name}'.");
    }
}
