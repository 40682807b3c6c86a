using CompliancePortal.Core.AuditLog;
using CompliancePortal.Core.Common;
using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Tests.Builders;

/// <summary>Valid test data with sensible defaults; a test states only the values it is about.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public const string ArtifactSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public const string EnvironmentLockHash = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    public const string Commit = "3b18e512dba79e4c8300dd08aeb37f8e728b8dad";

    public static Actor Person(params string[] roles) => new(Guid.NewGuid(), "Ada Lovelace", roles.ToHashSet());

    public static ModelDetails Details(RiskTier tier = RiskTier.High, Guid? owner = null, Guid? backupOwner = null) =>
        new("Credit default PD", "Estimates the probability of default of a retail loan.", "Loan origination decisions.",
            tier, owner ?? Guid.NewGuid(), backupOwner);

    public static Model Model(RiskTier tier = RiskTier.High, Guid? owner = null, Guid? backupOwner = null) =>
        Core.Models.Model.Create("credit-default-pd", Details(tier, owner, backupOwner), Now);

    public static SourceSystem Source(string key = "loans-warehouse") =>
        SourceSystem.Create(key, "Loans warehouse", "Data warehouse", null, Now);

    public static Dataset Dataset(SourceSystem? source = null, string key = "loan-applications") =>
        Core.Lineage.Dataset.Create(key, "Loan applications", source ?? Source(), null, Now);

    public static DatasetVersionCapture Capture(string label = "2026-10-01") =>
        new(label, "s3://lake/loans/2026-10-01/", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 120_000, null, null);

    public static DatasetVersion DatasetVersion(Dataset? dataset = null, string label = "2026-10-01") =>
        Core.Lineage.DatasetVersion.Capture(dataset ?? Dataset(), Capture(label), Now);

    public static VersionRegistration Registration(ChangeClass changeClass, params DatasetVersion[] trainedOn) =>
        new("2.1.0", "s3://models/credit/2.1.0/model.onnx", ArtifactSha256, "https://git.example.com/risk/credit-pd.git",
            Commit, EnvironmentLockHash, changeClass, trainedOn.Select(d => d.Id).ToList());

    public static PendingAuditEvent PendingEvent(int n, DateTimeOffset? at = null) =>
        new(at ?? Now.AddMinutes(n), Guid.Parse("0195a1b2-0000-7000-8000-000000000001"), "Ada Lovelace", "model.updated", "Model",
            $"model-{n}", "credit-default-pd", $$"""{"revision":{{n}}}""", $$"""{"revision":{{n + 1}}}""");

    /// <summary>A valid chain of <paramref name="count"/> events, sequences 1..count, starting from the genesis hash.</summary>
    public static List<AuditEvent> AuditChain(int count)
    {
        var chain = new List<AuditEvent>();
        var previous = AuditHasher.GenesisHash;
        for (var n = 1; n <= count; n++)
        {
            var e = AuditEvent.Chain(PendingEvent(n), n, previous);
            chain.Add(e);
            previous = e.Hash;
        }
        return chain;
    }

    /// <summary>The event as it would read after someone edited the stored row; the hash is kept unless given.</summary>
    public static AuditEvent Tampered(AuditEvent e, string? after = null, string? previousHash = null, string? hash = null) =>
        AuditEvent.Restore(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.ModelKey,
            e.Before, after ?? e.After, previousHash ?? e.PreviousHash, hash ?? e.Hash);
}
