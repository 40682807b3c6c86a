using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ChangeAdvisory;

/// <summary>Reads boards for everyone who may see them (any signed-in person).</summary>
public sealed class BoardQueries(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<BoardSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var boards = await db.ChangeAdvisoryBoards.AsNoTracking().Include(b => b.Chair).Include(b => b.Members).OrderBy(b => b.Name).ToListAsync(ct);
        return boards.Select(b => new BoardSummary(b.Key, b.Name, b.Chair!.DisplayName, b.Members.Count, b.Quorum, b.DecisionRule, b.RiskTiers,
            b.ModelKeys)).ToList();
    }

    public async Task<BoardView?> GetAsync(string key, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var board = await db.ChangeAdvisoryBoards.AsNoTracking().Include(b => b.Chair).Include(b => b.Members).ThenInclude(m => m.Person)
            .SingleOrDefaultAsync(b => b.Key == key, ct);
        return board is null ? null : View(board);
    }

    /// <summary>The boards whose scope covers the model, by its key or its risk tier.</summary>
    public async Task<IReadOnlyList<BoardSummary>> CoveringAsync(string modelKey, RiskTier riskTier, CancellationToken ct = default) =>
        (await ListAsync(ct)).Where(b => b.ModelKeys.Contains(modelKey) || b.RiskTiers.Contains(riskTier)).ToList();

    private static BoardView View(ChangeAdvisoryBoard b) => new(b.Key, b.Name, b.Description, Summary(b.Chair!),
        b.Members.Select(m => Summary(m.Person!)).OrderBy(p => p.DisplayName).ToList(), b.Quorum, b.DecisionRule, b.RiskTiers, b.ModelKeys,
        b.CreatedAt, b.UpdatedAt, b.Revision);

    private static PersonSummary Summary(Person p) => new(p.Id, p.DisplayName, p.Email, p.Roles);
}
