using CompliancePortal.Core.Lineage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class LineageEventConfiguration : IEntityTypeConfiguration<LineageEvent>
{
    public void Configure(EntityTypeBuilder<LineageEvent> builder)
    {
        builder.ToTable("LineageEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Fingerprint).HasMaxLength(64);
        builder.HasIndex(e => e.Fingerprint).IsUnique();
        builder.HasIndex(e => new { e.RunId, e.EventTime });
        builder.Property(e => e.Kind).HasMaxLength(16);
        builder.Property(e => e.EventType).HasMaxLength(16);
        builder.Property(e => e.Producer).HasMaxLength(2000);
        builder.Property(e => e.SchemaUrl).HasMaxLength(2000);
    }
}
