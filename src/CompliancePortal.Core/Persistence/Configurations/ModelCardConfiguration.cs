using CompliancePortal.Core.ModelCards;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ModelCardConfiguration : IEntityTypeConfiguration<ModelCard>
{
    public void Configure(EntityTypeBuilder<ModelCard> builder)
    {
        builder.ToTable("ModelCards");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.ModelVersionId).IsUnique();
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(c => c.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.CurrentRevision).IsConcurrencyToken();
        builder.Property(c => c.CurrentContentHash).HasMaxLength(64);
    }
}
