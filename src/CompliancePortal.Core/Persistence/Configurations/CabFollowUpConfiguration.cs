using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class CabFollowUpConfiguration : IEntityTypeConfiguration<CabFollowUp>
{
    public void Configure(EntityTypeBuilder<CabFollowUp> builder)
    {
        builder.ToTable("CabFollowUps");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasOne<Model>().WithMany().HasForeignKey(f => f.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromotionRequest>().WithMany().HasForeignKey(f => f.PromotionRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.PromotionRequestId).IsUnique();
        builder.Property(f => f.ModelKey).HasMaxLength(64);
        builder.Property(f => f.Reason).HasMaxLength(1000);
        builder.Ignore(f => f.IsOpen);
    }
}
