namespace CompliancePortal.Core.Common;

/// <summary>Zero-based page of a listing, with an optional free-text search and sort column.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? Search = null, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 200;

    /// <summary>Keeps page × page size far from overflowing into a negative offset.</summary>
    public const int MaxPage = 1_000_000;

    public int SafePage => Math.Clamp(Page, 0, MaxPage);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public string? SearchTerm => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToLowerInvariant();
}
