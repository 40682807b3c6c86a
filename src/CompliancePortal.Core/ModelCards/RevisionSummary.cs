namespace CompliancePortal.Core.ModelCards;

public sealed record RevisionSummary(int Number, string AuthorName, DateTimeOffset CreatedAt, string ContentHash, string? Summary, RevisionKind Kind,
    int? RestoredFrom)
{
    internal static RevisionSummary From(ModelCardRevision r) => new(r.Number, r.AuthorName, r.CreatedAt, r.ContentHash, r.Summary, r.Kind, r.RestoredFrom);
}
