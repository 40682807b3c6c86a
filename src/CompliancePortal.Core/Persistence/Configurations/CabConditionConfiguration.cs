using CompliancePortal.Core.ChangeAdvisory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class CabConditionConfiguration : IEntityTypeConfiguration<CabCondition>
{
    public void Configure(EntityTypeBuilder<CabCondition> builder)
    {
        builder.ToTable("CabConditions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.ReviewId, c.Number }).IsUnique();
        builder.Property(c => c.Text).HasMaxLength(VotingRound.MaxTextLength);
        builder.Property(c => c.SetBy).HasMaxLength(200);
        builder.Property(c => c.DoneByName).HasMaxLength(200);
        builder.Property(c => c.DoneNote).HasMaxLength(VotingRound.MaxTextLength);
        builder.Property(c => c.ConfirmedByName).HasMaxLength(200);
        builder.Ignore(c => c.IsDone);
        builder.Ignore(c => c.IsConfirmed);
    }
}
