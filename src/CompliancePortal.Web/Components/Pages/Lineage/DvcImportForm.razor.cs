using CompliancePortal.Core.Lineage.Dvc;
using CompliancePortal.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CompliancePortal.Web.Components.Pages.Lineage;

public sealed partial class DvcImportForm
{
    private readonly FormErrors _errors = new();
    private string _repository = "", _commit = "";
    private string? _lockFile, _fileName;
    private DvcImportResult? _result;
    private bool _busy;

    [Inject] private DvcImport Import { get; set; } = default!;

    [Inject] private CurrentUser User { get; set; } = default!;

    [Parameter] public EventCallback OnImported { get; set; }

    private async Task ChooseAsync(IBrowserFile? file)
    {
        (_result, _lockFile, _fileName) = (null, null, null);
        _errors.Clear();
        if (file is null)
        {
            return;
        }
        if (file.Size > DvcImport.MaxLockFileBytes)
        {
            _errors.Set($"{file.Name} is larger than {DvcImport.MaxLockFileBytes / 1024 / 1024} MB; a dvc.lock is usually a few kilobytes.");
            return;
        }
        await using var stream = file.OpenReadStream(DvcImport.MaxLockFileBytes);
        using var reader = new StreamReader(stream);
        (_lockFile, _fileName) = (await reader.ReadToEndAsync(), file.Name);
    }

    private async Task ImportAsync()
    {
        _busy = true;
        var actor = await User.ActorAsync();
        DvcImportResult? result = null;
        if (await _errors.TryAsync(async () => result = await Import.ImportAsync(actor, _repository, _commit, _lockFile ?? "")))
        {
            _result = result;
            await OnImported.InvokeAsync();
        }
        _busy = false;
    }
}
