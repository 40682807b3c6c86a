using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class GoldenSetConfiguration : IEntityTypeConfiguration<GoldenSet>
{
    public void Configure(EntityTypeBuilder<GoldenSet> builder)
    {
        builder.ToTable("GoldenSets");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasOne<Model>().WithMany().HasForeignKey(g => g.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Name).HasMaxLength(GoldenSetDefinition.MaxNameLength);
        builder.HasIndex(g => new { g.ModelId, g.Name }).IsUnique();
        builder.Property(g => g.LabelColumn).HasMaxLength(500);
        builder.Property(g => g.Problem).HasConversion<string>().HasMaxLength(16);
        builder.Property(g => g.CurrentVersion).IsConcurrencyToken();
        builder.Property(g => g.CurrentContentHash).HasMaxLength(64);
        builder.Ignore(g => g.FeatureColumns);
        builder.Ignore(g => g.Metrics);
        builder.Ignore(g => g.Definition);
    }
}
