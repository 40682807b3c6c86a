using CompliancePortal.Core.Common;

namespace CompliancePortal.Web.Components.Shared;

/// <summary>Holds the field errors the service refused a form with, so each appears beside its field.</summary>
public sealed class FormErrors
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    /// <summary>A message not tied to one field (a conflict, a refused rule).</summary>
    public string? General { get; private set; }

    public bool Any => _errors.Count > 0 || General is not null;

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void Clear()
    {
        _errors = new Dictionary<string, string[]>();
        General = null;
    }

    public void Set(ValidationFailedException ex)
    {
        _errors = ex.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.OrdinalIgnoreCase);
        General = "Nothing was saved: correct the highlighted fields.";
    }

    public void Set(string message)
    {
        _errors = new Dictionary<string, string[]>();
        General = message;
    }

    /// <summary>Runs a save and turns the refusals a person can fix into messages; true when it succeeded.</summary>
    public async Task<bool> TryAsync(Func<Task> save)
    {
        Clear();
        try
        {
            await save();
            return true;
        }
        catch (ValidationFailedException ex)
        {
            Set(ex);
        }
        catch (ConflictException ex)
        {
            Set(ex.Message);
        }
        catch (DomainRuleException ex)
        {
            Set(ex.Message);
        }
        catch (NotFoundException ex)
        {
            Set(ex.Message);
        }
        return false;
    }
}
