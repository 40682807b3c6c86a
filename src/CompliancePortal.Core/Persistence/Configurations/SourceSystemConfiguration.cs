using CompliancePortal.Core.Lineage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class SourceSystemConfiguration : IEntityTypeConfiguration<SourceSystem>
{
    public void Configure(EntityTypeBuilder<SourceSystem> builder)
    {
        builder.ToTable("SourceSystems");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(100);
        builder.Property(s => s.Description).HasMaxLength(2000);
        builder.Property(s => s.Namespace).HasMaxLength(400);
        builder.HasIndex(s => s.Namespace).IsUnique();
        builder.Ignore(s => s.IsUndescribed);
    }
}
