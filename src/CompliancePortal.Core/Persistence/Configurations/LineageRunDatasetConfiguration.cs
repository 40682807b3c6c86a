using CompliancePortal.Core.Lineage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class LineageRunDatasetConfiguration : IEntityTypeConfiguration<LineageRunDataset>
{
    public void Configure(EntityTypeBuilder<LineageRunDataset> builder)
    {
        builder.ToTable("LineageRunDatasets");
        builder.HasKey(x => new { x.LineageRunId, x.DatasetVersionId, x.Direction });
        builder.Property(x => x.Direction).HasConversion<string>().HasMaxLength(8);
        builder.HasOne<LineageRun>().WithMany().HasForeignKey(x => x.LineageRunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.DatasetVersion).WithMany().HasForeignKey(x => x.DatasetVersionId).OnDelete(DeleteBehavior.Restrict);
        // Downstream traversal starts from a dataset version.
        builder.HasIndex(x => new { x.DatasetVersionId, x.Direction });
    }
}
