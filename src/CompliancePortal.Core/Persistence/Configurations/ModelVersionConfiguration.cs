using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ModelVersionConfiguration : IEntityTypeConfiguration<ModelVersion>
{
    public void Configure(EntityTypeBuilder<ModelVersion> builder)
    {
        builder.ToTable("ModelVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Label).HasMaxLength(64);
        builder.HasIndex(v => new { v.ModelId, v.Label }).IsUnique();
        builder.Property(v => v.ArtifactUri).HasMaxLength(2000);
        builder.Property(v => v.ArtifactSha256).HasMaxLength(64);
        builder.Property(v => v.CodeRepository).HasMaxLength(500);
        builder.Property(v => v.CodeCommit).HasMaxLength(64);
        builder.Property(v => v.EnvironmentLockHash).HasMaxLength(64);
        builder.Property(v => v.ChangeClass).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Notes).HasMaxLength(4000);
        builder.HasIndex(v => v.RegisteredAt);
        builder.HasOne(v => v.RegisteredBy).WithMany().HasForeignKey(v => v.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Datasets).WithOne().HasForeignKey(d => d.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(v => v.Datasets).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
