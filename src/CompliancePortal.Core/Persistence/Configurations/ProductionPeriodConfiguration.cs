using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ProductionPeriodConfiguration : IEntityTypeConfiguration<ProductionPeriod>
{
    public void Configure(EntityTypeBuilder<ProductionPeriod> builder)
    {
        builder.ToTable("ProductionPeriods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Model>().WithMany().HasForeignKey(p => p.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(p => p.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromotionRequest>().WithMany().HasForeignKey(p => p.PromotionRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ModelId, p.StartedAt });
        builder.Property(p => p.VersionLabel).HasMaxLength(64);
        builder.Ignore(p => p.IsCurrent);
    }
}
