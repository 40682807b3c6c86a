using CompliancePortal.Core.AuditPacks;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class AuditPackConfiguration : IEntityTypeConfiguration<AuditPack>
{
    public void Configure(EntityTypeBuilder<AuditPack> builder)
    {
        builder.ToTable("AuditPacks");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Model>().WithMany().HasForeignKey(p => p.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ModelKey, p.RequestedAt });
        builder.HasIndex(p => p.RequestedAt);
        builder.Property(p => p.ModelKey).HasMaxLength(64);
        builder.Property(p => p.VersionLabel).HasMaxLength(64);
        builder.Property(p => p.RequestedByName).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.CurrentStep).HasMaxLength(200);
        builder.Property(p => p.Error).HasMaxLength(AuditPack.MaxErrorLength);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.ManifestSha256).HasMaxLength(64);
        builder.Property(p => p.SignedBy).HasMaxLength(400);
        builder.Property(p => p.Revision).IsConcurrencyToken();
    }
}
