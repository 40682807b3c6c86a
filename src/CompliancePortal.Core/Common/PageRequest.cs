namespace CompliancePortal.Core.Common;

/// <summary>Zero-based page of a listing, with an optional free-text search and sort column.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? Search = null, string? SortBy = null, bool Descending = false)
{
    public const int MaxPageSize = 200;

    public int SafePage => Math.Max(0, Page);

    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);

    public string? SearchTerm => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToLowerInvariant();
}
