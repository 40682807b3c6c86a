using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ModelConfiguration : IEntityTypeConfiguration<Model>
{
    public void Configure(EntityTypeBuilder<Model> builder)
    {
        builder.ToTable("Models");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Key).HasMaxLength(64);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => m.Name);
        builder.Property(m => m.Purpose).HasMaxLength(4000);
        builder.Property(m => m.BusinessUse).HasMaxLength(4000);
        builder.Property(m => m.RiskTier).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.CadenceOverrideReason).HasMaxLength(1000);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.HasOne(m => m.Owner).WithMany().HasForeignKey(m => m.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.BackupOwner).WithMany().HasForeignKey(m => m.BackupOwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Versions).WithOne(v => v.Model).HasForeignKey(v => v.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(m => m.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.Cadence);
    }
}
