using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ModelVersionDatasetConfiguration : IEntityTypeConfiguration<ModelVersionDataset>
{
    public void Configure(EntityTypeBuilder<ModelVersionDataset> builder)
    {
        builder.ToTable("ModelVersionDatasets");
        builder.HasKey(d => new { d.ModelVersionId, d.DatasetVersionId });
        builder.HasOne(d => d.DatasetVersion).WithMany().HasForeignKey(d => d.DatasetVersionId).OnDelete(DeleteBehavior.Restrict);
        // Downstream traversal: which model versions were trained on a dataset version.
        builder.HasIndex(d => d.DatasetVersionId);
    }
}
