using CompliancePortal.Core.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class GoldenSetFileConfiguration : IEntityTypeConfiguration<GoldenSetFile>
{
    public void Configure(EntityTypeBuilder<GoldenSetFile> builder)
    {
        builder.ToTable("GoldenSetFiles");
        builder.HasKey(f => f.VersionId);
        builder.Property(f => f.VersionId).ValueGeneratedNever();
        builder.HasOne<GoldenSetVersion>().WithOne().HasForeignKey<GoldenSetFile>(f => f.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
