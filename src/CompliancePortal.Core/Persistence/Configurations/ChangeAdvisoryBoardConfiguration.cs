using CompliancePortal.Core.ChangeAdvisory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ChangeAdvisoryBoardConfiguration : IEntityTypeConfiguration<ChangeAdvisoryBoard>
{
    public void Configure(EntityTypeBuilder<ChangeAdvisoryBoard> builder)
    {
        builder.ToTable("ChangeAdvisoryBoards");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Key).HasMaxLength(64);
        builder.HasIndex(b => b.Key).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(BoardDefinition.MaxNameLength);
        builder.HasIndex(b => b.Name).IsUnique();
        builder.Property(b => b.Description).HasMaxLength(BoardDefinition.MaxDescriptionLength);
        builder.Property(b => b.DecisionRule).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.ScopeRiskTiers).HasMaxLength(64);
        builder.Property(b => b.ScopeModelKeys).HasMaxLength(8000);
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.HasOne(b => b.Chair).WithMany().HasForeignKey(b => b.ChairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Members).WithOne().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.Rules);
        builder.Ignore(b => b.RiskTiers);
        builder.Ignore(b => b.ModelKeys);
    }
}
