using CompliancePortal.Core.AuditPacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class AuditPackFileConfiguration : IEntityTypeConfiguration<AuditPackFile>
{
    public void Configure(EntityTypeBuilder<AuditPackFile> builder)
    {
        builder.ToTable("AuditPackFiles");
        builder.HasKey(f => f.AuditPackId);
        builder.Property(f => f.AuditPackId).ValueGeneratedNever();
        builder.HasOne<AuditPack>().WithOne().HasForeignKey<AuditPackFile>(f => f.AuditPackId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.Content).IsRequired();
    }
}
