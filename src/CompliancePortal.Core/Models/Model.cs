using CompliancePortal.Core.Common;
using CompliancePortal.Core.People;

namespace CompliancePortal.Core.Models;

/// <summary>A registry entry: one ML model with its owners, risk tier and revalidation cadence.</summary>
public sealed class Model
{
    private readonly List<ModelVersion> _versions = [];

    private Model() { }

    public Guid Id { get; private set; }

    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public string BusinessUse { get; private set; } = "";

    public RiskTier RiskTier { get; private set; }

    public Guid OwnerId { get; private set; }

    public Person? Owner { get; private set; }

    public Guid? BackupOwnerId { get; private set; }

    public Person? BackupOwner { get; private set; }

    public int? CadenceOverrideMonths { get; private set; }

    public string? CadenceOverrideReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every edit, so a save based on an older read is refused.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<ModelVersion> Versions => _versions;

    public RevalidationCadence Cadence => RevalidationCadence.For(RiskTier, CadenceOverrideMonths, CadenceOverrideReason);

    public static Model Create(string key, ModelDetails details, DateTimeOffset at)
    {
        var errors = new ValidationErrors().When(!Slug.IsValid(key), nameof(Key), $"The key '{key}' is not valid: {Slug.Rule}.");
        details.Validate(errors).ThrowIfAny();
        var model = new Model { Id = Guid.CreateVersion7(at), Key = key, CreatedAt = at, Revision = 1 };
        model.Apply(details.Normalized(), at);
        return model;
    }

    public void Update(ModelDetails details, DateTimeOffset at)
    {
        details.Validate().ThrowIfAny();
        Apply(details.Normalized(), at);
        Revision++;
    }

    public bool IsOwnedBy(Guid personId) => OwnerId == personId || BackupOwnerId == personId;

    public object Snapshot() => new
    {
        Id, Key, Name, Purpose, BusinessUse,
        RiskTier = RiskTier.ToString(),
        OwnerId, BackupOwnerId, CadenceMonths = Cadence.Months, CadenceOverrideMonths, CadenceOverrideReason, Revision,
    };

    private void Apply(ModelDetails d, DateTimeOffset at)
    {
        Name = d.Name;
        Purpose = d.Purpose;
        BusinessUse = d.BusinessUse;
        RiskTier = d.RiskTier;
        OwnerId = d.OwnerId;
        BackupOwnerId = d.BackupOwnerId;
        CadenceOverrideMonths = d.CadenceOverrideMonths;
        CadenceOverrideReason = d.CadenceOverrideReason;
        UpdatedAt = at;
    }
}
