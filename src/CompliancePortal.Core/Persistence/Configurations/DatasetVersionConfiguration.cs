using CompliancePortal.Core.Lineage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class DatasetVersionConfiguration : IEntityTypeConfiguration<DatasetVersion>
{
    public void Configure(EntityTypeBuilder<DatasetVersion> builder)
    {
        builder.ToTable("DatasetVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Label).HasMaxLength(64);
        builder.HasIndex(v => new { v.DatasetId, v.Label }).IsUnique();
        builder.Property(v => v.Uri).HasMaxLength(2000);
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.SchemaHash).HasMaxLength(64);
        builder.HasOne(v => v.Dataset).WithMany().HasForeignKey(v => v.DatasetId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.Reference);
        builder.Ignore(v => v.HasContentHash);
        builder.Property(v => v.Origin).HasConversion<string>().HasMaxLength(16).HasDefaultValue(LineageOrigin.Registered);
        builder.Property(v => v.ExternalVersion).HasMaxLength(500);
        builder.HasIndex(v => new { v.DatasetId, v.CapturedAt });
    }
}
