using CompliancePortal.Core.Common;
using CompliancePortal.Core.Evaluation;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CompliancePortal.Web.Components.Pages.Evaluation;

public partial class GoldenSetVersionForm
{
    private readonly FormErrors _errors = new();
    private bool _busy;
    private bool _registering;
    private string? _uri;
    private string? _sha256;

    [Parameter, EditorRequired] public string ModelKey { get; set; } = "";

    [Parameter, EditorRequired] public string GoldenSet { get; set; } = "";

    /// <summary>Raised with the new version's number once it is stored.</summary>
    [Parameter] public EventCallback<int> OnAdded { get; set; }

    [Inject] private GoldenSetService GoldenSets { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Why the file was refused; a missing label or feature column is a problem of the file, so it shows here too.</summary>
    private string? FileProblem =>
        string.Join(" ", new[] { GoldenSetCsv.FileField, GoldenSetCsv.LabelColumnField, GoldenSetCsv.FeatureColumnsField }
            .Select(_errors.For).OfType<string>()) is { Length: > 0 } message ? message : null;

    private async Task UploadAsync(IBrowserFile? file)
    {
        _errors.Clear();
        if (file is null)
        {
            return;
        }
        if (file.Size > GoldenSetVersion.MaxUploadBytes)
        {
            _errors.Set(new ValidationFailedException(new Dictionary<string, string[]>
            {
                [GoldenSetCsv.FileField] = [$"{file.Name} is {file.Size / (1024 * 1024.0):0.#} MB; an upload can be at most "
                    + $"{GoldenSetVersion.MaxUploadBytes / (1024 * 1024)} MB. Register a larger set by URI and SHA-256 instead."],
            }));
            return;
        }
        _busy = true;
        byte[] csv;
        await using (var stream = file.OpenReadStream(GoldenSetVersion.MaxUploadBytes))
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer);
            csv = buffer.ToArray();
        }
        var actor = await User.ActorAsync();
        await AddAsync(() => GoldenSets.UploadVersionAsync(actor, ModelKey, GoldenSet, csv));
    }

    private async Task RegisterAsync()
    {
        _busy = true;
        var actor = await User.ActorAsync();
        if (await AddAsync(() => GoldenSets.RegisterUriVersionAsync(actor, ModelKey, GoldenSet, _uri, _sha256)))
        {
            (_registering, _uri, _sha256) = (false, null, null);
        }
    }

    private async Task<bool> AddAsync(Func<Task<int>> add)
    {
        var number = 0;
        var added = await _errors.TryAsync(async () => number = await add());
        if (added)
        {
            Snackbar.Add($"Version {number} of \"{GoldenSet}\" added.", Severity.Success);
            await OnAdded.InvokeAsync(number);
        }
        _busy = false;
        return added;
    }
}
