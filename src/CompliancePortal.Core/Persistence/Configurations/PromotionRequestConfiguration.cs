using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class PromotionRequestConfiguration : IEntityTypeConfiguration<PromotionRequest>
{
    public void Configure(EntityTypeBuilder<PromotionRequest> builder)
    {
        builder.ToTable("PromotionRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Model>().WithMany().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(r => r.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ModelId, r.RequestedAt });
        builder.HasIndex(r => r.State);
        builder.Property(r => r.ModelKey).HasMaxLength(64);
        builder.Property(r => r.VersionLabel).HasMaxLength(64);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.TargetStage).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.PreviousVersionStage).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ChangeClass).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RiskTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.Rationale).HasMaxLength(PromotionSubmission.MaxRationaleLength);
        builder.Property(r => r.EvidenceFingerprint).HasMaxLength(64);
        builder.Property(r => r.EndedBecause).HasMaxLength(4000);
        builder.HasMany(r => r.Signatures).WithOne().HasForeignKey(s => s.PromotionRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Signatures).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Evidence);
        builder.Ignore(r => r.IsPending);
        builder.Ignore(r => r.Elapsed);
        builder.Ignore(r => r.CountedApprovals);
    }
}
