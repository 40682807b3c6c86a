namespace CompliancePortal.Core.Common;

/// <summary>Input was refused before anything was written; <see cref="Errors"/> maps each field to what is wrong with it.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
