using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ProductionAliasConfiguration : IEntityTypeConfiguration<ProductionAlias>
{
    public void Configure(EntityTypeBuilder<ProductionAlias> builder)
    {
        builder.ToTable("ProductionAliases");
        // One row per model: a model has one production version at a time by construction.
        builder.HasKey(a => a.ModelId);
        builder.Property(a => a.ModelId).ValueGeneratedNever();
        builder.HasOne<Model>().WithOne().HasForeignKey<ProductionAlias>(a => a.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(a => a.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromotionRequest>().WithMany().HasForeignKey(a => a.PromotionRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.VersionLabel).HasMaxLength(64);
        builder.Property(a => a.Revision).IsConcurrencyToken();
    }
}
