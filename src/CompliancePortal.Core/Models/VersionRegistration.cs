using CompliancePortal.Core.Common;

namespace CompliancePortal.Core.Models;

/// <summary>What a pipeline or a person submits to register a model version.</summary>
public sealed record VersionRegistration(
    string Label,
    string ArtifactUri,
    string ArtifactSha256,
    string CodeRepository,
    string CodeCommit,
    string EnvironmentLockHash,
    ChangeClass ChangeClass,
    IReadOnlyList<Guid> DatasetVersionIds,
    string? Notes = null)
{
    public const string LabelRule = "use 1–64 letters, digits, '.', '_', '+' or '-', starting with a letter or digit (e.g. 2.1.0)";

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .When(!VersionLabel.IsValid(Label?.Trim()), nameof(Label), $"The version label '{Label}' is not valid: {LabelRule}.")
            .When(!Uris.IsAbsolute(ArtifactUri), nameof(ArtifactUri), "The artifact URI must be absolute, e.g. s3://models/credit/2.1.0/model.onnx or file:///models/model.onnx.")
            .When(Hashes.NormalizeSha256(ArtifactSha256) is null, nameof(ArtifactSha256), "The artifact SHA-256 must be 64 hexadecimal digits.")
            .When(!IsRepository(CodeRepository), nameof(CodeRepository), "The code repository must be a URL such as https://git.example.com/team/model.git or git@host:team/model.git.")
            .When(Hashes.NormalizeCommit(CodeCommit) is null, nameof(CodeCommit), "The code commit must be a full git commit id: 40 (or 64) hexadecimal digits, not an abbreviation or a branch name.")
            .When(Hashes.NormalizeSha256(EnvironmentLockHash) is null, nameof(EnvironmentLockHash), "The environment lock hash must be the SHA-256 of the lock file: 64 hexadecimal digits.")
            .When(!Enum.IsDefined(ChangeClass), nameof(ChangeClass), "Choose a change class: Minor or Major.")
            .When(DatasetVersionIds is null || DatasetVersionIds.Count == 0, nameof(DatasetVersionIds), "A model version must name the dataset versions it was trained on (at least one).")
            .When(Notes?.Length > 4000, nameof(Notes), "Notes can be at most 4000 characters.");
        return errors;
    }

    private static bool IsRepository(string? value)
    {
        var v = value?.Trim() ?? "";
        if (v.Length is 0 or > 500)
        {
            return false;
        }
        var scpLike = v.Contains('@') && v.Contains(':') && !v.Contains("://") && !v.Contains(' ');
        return scpLike || (Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "ssh" or "git" or "file");
    }
}
