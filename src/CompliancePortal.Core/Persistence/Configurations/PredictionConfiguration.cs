using CompliancePortal.Core.Lineage.Predictions;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class PredictionConfiguration : IEntityTypeConfiguration<Prediction>
{
    public void Configure(EntityTypeBuilder<Prediction> builder)
    {
        builder.ToTable("Predictions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.PredictionId).HasMaxLength(200);
        builder.HasIndex(p => p.PredictionId).IsUnique();
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(p => p.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ModelVersionId, p.PredictedAt });
        builder.Property(p => p.InputHash).HasMaxLength(64);
    }
}
