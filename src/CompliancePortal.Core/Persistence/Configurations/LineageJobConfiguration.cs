using CompliancePortal.Core.Lineage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class LineageJobConfiguration : IEntityTypeConfiguration<LineageJob>
{
    public void Configure(EntityTypeBuilder<LineageJob> builder)
    {
        builder.ToTable("LineageJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.Namespace).HasMaxLength(500);
        builder.Property(j => j.Name).HasMaxLength(500);
        builder.Property(j => j.IdentityHash).HasMaxLength(64);
        builder.HasIndex(j => j.IdentityHash).IsUnique();
        builder.HasIndex(j => j.Name);
        builder.Property(j => j.Origin).HasConversion<string>().HasMaxLength(16);
    }
}
