using CompliancePortal.Core.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class GoldenSetVersionConfiguration : IEntityTypeConfiguration<GoldenSetVersion>
{
    public void Configure(EntityTypeBuilder<GoldenSetVersion> builder)
    {
        builder.ToTable("GoldenSetVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<GoldenSet>().WithMany().HasForeignKey(v => v.GoldenSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.GoldenSetId, v.Number }).IsUnique();
        // Content-addressed: the same bytes are never two versions of one golden set.
        builder.HasIndex(v => new { v.GoldenSetId, v.ContentHash }).IsUnique();
        builder.Property(v => v.ContentHash).HasMaxLength(64);
        builder.Property(v => v.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Uri).HasMaxLength(2000);
        builder.Property(v => v.CreatedByName).HasMaxLength(200);
    }
}
