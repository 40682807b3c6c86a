using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CompliancePortal.Web.Tests.Builders;

/// <summary>Finds and drives MudBlazor fields by their data-testid, so tests read as what a person does.</summary>
internal static class PageElements
{
    public static IElement ByTestId<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.Find($"[data-testid={testId}]");

    /// <summary>The whole input control around a field: its label, its value and the message shown beside it.</summary>
    public static IElement Field<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.ByTestId(testId).Closest(".mud-input-control")
            ?? throw new InvalidOperationException($"The element {testId} is not inside a MudBlazor input control.");

    /// <summary>The message shown beside a field when it is in error, or null.</summary>
    public static string? ErrorBeside<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.Field(testId).QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim();

    public static string? ValueOf<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.ByTestId(testId).GetAttribute("value");

    public static Task FillAsync<T>(this IRenderedComponent<T> cut, string testId, string value) where T : IComponent =>
        cut.ByTestId(testId).ChangeAsync(new ChangeEventArgs { Value = value });

    public static Task ClickAsync<T>(this IRenderedComponent<T> cut, string testId) where T : IComponent =>
        cut.ByTestId(testId).ClickAsync(new MouseEventArgs());

    /// <summary>The rows of the (only) MudTable or MudSimpleTable body on the page, as the text of their cells.</summary>
    public static IReadOnlyList<string[]> TableRows<T>(this IRenderedComponent<T> cut, string tableSelector = "table") where T : IComponent =>
        cut.FindAll($"{tableSelector} tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Where(cells => cells.Length > 1)
            .ToList();
}
