using CompliancePortal.Core.Lineage;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class LineageRunConfiguration : IEntityTypeConfiguration<LineageRun>
{
    public void Configure(EntityTypeBuilder<LineageRun> builder)
    {
        builder.ToTable("LineageRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.RunId).IsUnique();
        builder.HasOne(r => r.Job).WithMany().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.JobId, r.FirstEventAt });
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(r => r.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ModelVersionId);
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ModelLink).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CodeRepository).HasMaxLength(2000);
        builder.Property(r => r.CodeCommit).HasMaxLength(64);
        builder.Property(r => r.CodePath).HasMaxLength(2000);
    }
}
