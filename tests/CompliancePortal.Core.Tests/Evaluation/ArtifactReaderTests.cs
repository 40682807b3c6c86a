using System.Security.Cryptography;
using CompliancePortal.Core.Evaluation;

namespace CompliancePortal.Core.Tests.Evaluation;

public sealed class ArtifactReaderTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"artifact-{Guid.NewGuid():N}.bin");

    [Fact]
    public async Task ReadVerified_WithThePinnedHash_ReturnsTheBytes()
    {
        byte[] bytes = [1, 2, 3, 4];
        await File.WriteAllBytesAsync(_file, bytes);

        var read = await ArtifactReader.ReadVerifiedAsync(new Uri(_file).AbsoluteUri, Convert.ToHexStringLower(SHA256.HashData(bytes)), default);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task ReadVerified_WhenTheFileChangedSinceItWasPinned_IsRefusedNamingBothHashes()
    {
        await File.WriteAllBytesAsync(_file, [1, 2, 3, 4]);
        var pinned = Convert.ToHexStringLower(SHA256.HashData([9, 9]));

        var refusal = await Assert.ThrowsAsync<EvaluationRefusedException>(() =>
            ArtifactReader.ReadVerifiedAsync(new Uri(_file).AbsoluteUri, pinned, default));

        Assert.Contains(pinned, refusal.Message);
        Assert.Contains("was not used", refusal.Message);
    }

    [Fact]
    public async Task ReadVerified_OfAMissingFile_IsRefusedAsUnreadable()
    {
        var refusal = await Assert.ThrowsAsync<EvaluationRefusedException>(() =>
            ArtifactReader.ReadVerifiedAsync(new Uri(_file).AbsoluteUri, new string('0', 64), default));

        Assert.Contains("could not be read", refusal.Message);
    }

    [Fact]
    public async Task ReadVerified_OfANonFileUri_IsRefused()
    {
        var refusal = await Assert.ThrowsAsync<EvaluationRefusedException>(() =>
            ArtifactReader.ReadVerifiedAsync("s3://models/credit.onnx", new string('0', 64), default));

        Assert.Contains("only file://", refusal.Message);
    }

    public void Dispose() => File.Delete(_file);
}
