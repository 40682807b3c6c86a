using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ReproducibilityCheckConfiguration : IEntityTypeConfiguration<ReproducibilityCheck>
{
    public void Configure(EntityTypeBuilder<ReproducibilityCheck> builder)
    {
        builder.ToTable("ReproducibilityChecks");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(c => c.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ModelVersionId, c.CheckedAt });
        builder.Property(c => c.CheckedByName).HasMaxLength(200);
        builder.Ignore(c => c.Items);
    }
}
