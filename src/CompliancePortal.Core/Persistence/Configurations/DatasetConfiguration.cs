using CompliancePortal.Core.Lineage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.ToTable("Datasets");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Key).HasMaxLength(64);
        builder.HasIndex(d => d.Key).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.Namespace).HasMaxLength(500);
        builder.Property(d => d.ExternalName).HasMaxLength(1000);
        builder.Property(d => d.IdentityHash).HasMaxLength(64);
        builder.HasIndex(d => d.IdentityHash).IsUnique();
        builder.HasIndex(d => d.Name);
        builder.Property(d => d.Facets).HasDefaultValue("{}");
        builder.HasOne(d => d.SourceSystem).WithMany().HasForeignKey(d => d.SourceSystemId).OnDelete(DeleteBehavior.Restrict);
    }
}
