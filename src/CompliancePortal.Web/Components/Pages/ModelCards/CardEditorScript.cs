using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CompliancePortal.Web.Components.Pages.ModelCards;

/// <summary>
/// The card editor's small JS module (wwwroot/js/card-editor.js): inserting Markdown at the textarea's selection and
/// binding Ctrl+S / Cmd+S to save. Both are conveniences; the editor works without them.
/// </summary>
internal sealed class CardEditorScript(IJSRuntime js) : IAsyncDisposable
{
    private Task<IJSObjectReference?>? _module;

    public async Task InsertAsync(ElementReference textarea, MarkdownSnippet snippet)
    {
        if (await ModuleAsync() is { } module)
        {
            await module.InvokeVoidAsync("insert", textarea, snippet.Before, snippet.After, snippet.Placeholder, snippet.Block);
        }
    }

    public async Task RegisterSaveShortcutAsync<T>(ElementReference textarea, DotNetObjectReference<T> target) where T : class
    {
        if (await ModuleAsync() is { } module)
        {
            await module.InvokeVoidAsync("registerSaveShortcut", textarea, target);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null)
        {
            return;
        }
        try
        {
            if (await _module is { } module)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the module with it.
        }
    }

    private Task<IJSObjectReference?> ModuleAsync() =>
        _module ??= js.InvokeAsync<IJSObjectReference?>("import", "./js/card-editor.js").AsTask();
}
