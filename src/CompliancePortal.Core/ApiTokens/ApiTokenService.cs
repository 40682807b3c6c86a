using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CompliancePortal.Core.ApiTokens;

public sealed class ApiTokenService(IDbContextFactory<PortalDbContext> contexts, AuditedChanges changes, TimeProvider time)
{
    public Task<IssuedToken> CreateAsync(Actor actor, string name, int lifetimeDays, CancellationToken ct = default) =>
        changes.RunAsync(actor, (db, audit) =>
        {
            var (token, secret) = ApiToken.Issue(actor, name, lifetimeDays, audit.At);
            db.ApiTokens.Add(token);
            audit.Record("api-token.created", nameof(ApiToken), token.Id.ToString(), null, token.Snapshot());
            return Task.FromResult(new IssuedToken(token.Id, token.Name, secret, token.ExpiresAt, token.RoleList));
        }, ct);

    public Task RevokeAsync(Actor actor, Guid tokenId, CancellationToken ct = default) =>
        changes.RunAsync(actor, async (db, audit) =>
        {
            var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId, ct)
                ?? throw new NotFoundException("That API token does not exist.");
            var before = token.Snapshot();
            token.Revoke(actor, audit.At);
            audit.Record("api-token.revoked", nameof(ApiToken), token.Id.ToString(), before, token.Snapshot());
        }, ct);

    public async Task<IReadOnlyList<ApiTokenSummary>> ListAsync(Guid personId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.PersonId == personId).ToListAsync(ct);
        return tokens.OrderByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenSummary(t.Id, t.Name, t.Prefix, t.RoleList, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.IsActive(now)))
            .ToList();
    }

    /// <summary>Who an active token speaks for, or null when it is unknown, expired or revoked.</summary>
    public async Task<TokenIdentity?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(ApiToken.Scheme, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }
        var hash = ApiToken.HashOf(secret);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var token = await db.ApiTokens.AsNoTracking().Include(t => t.Person).SingleOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null || !token.IsActive(time.GetUtcNow()))
        {
            return null;
        }
        // A token never outlives a role: it carries the roles held at creation that the person still held at their latest sign-in.
        var current = token.Person!.Roles.ToHashSet();
        return new TokenIdentity(token.PersonId, token.Person.ObjectId, token.Person.DisplayName, token.Person.Email,
            token.RoleList.Where(current.Contains).ToList(), token.Id);
    }
}
