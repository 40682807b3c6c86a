using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class DriftPolicyConfiguration : IEntityTypeConfiguration<DriftPolicy>
{
    public void Configure(EntityTypeBuilder<DriftPolicy> builder)
    {
        builder.ToTable("DriftPolicies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(p => p.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ModelVersionId).IsUnique();
        builder.Property(p => p.PolicyHash).HasMaxLength(64);
        builder.Property(p => p.UpdatedByName).HasMaxLength(200);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Ignore(p => p.Thresholds);
    }
}
