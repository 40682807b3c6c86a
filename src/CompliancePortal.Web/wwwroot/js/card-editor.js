// The model card editor's helpers. The textarea belongs to Blazor: every change made here is announced with an
// `input` event, so Blazor reads the new text exactly as if it had been typed.

export function insert(textarea, before, after, placeholder, block) {
    const start = textarea.selectionStart;
    const end = textarea.selectionEnd;
    const value = textarea.value;
    const selected = value.slice(start, end) || placeholder;
    // A heading, list or table is a block of its own: a blank line separates it from the text around it.
    const lead = block ? separation(value.slice(0, start), (text, n) => text.endsWith(n)) : "";
    const trail = block ? separation(value.slice(end), (text, n) => text.startsWith(n)) : "";
    textarea.setRangeText(lead + before + selected + after + trail, start, end, "end");
    const selectionStart = start + lead.length + before.length;
    textarea.setSelectionRange(selectionStart, selectionStart + selected.length);
    textarea.focus();
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
}

function separation(text, has) {
    if (text.length === 0 || has(text, "\n\n")) {
        return "";
    }
    return has(text, "\n") ? "\n" : "\n\n";
}

export function registerSaveShortcut(textarea, dotNet) {
    textarea.addEventListener("keydown", event => {
        if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
            event.preventDefault();
            // The text is passed along: the editor updates its copy after a short pause in typing, and a save
            // pressed within that pause must not lose the last keystrokes.
            dotNet.invokeMethodAsync("SaveFromShortcut", textarea.value);
        }
    });
}
