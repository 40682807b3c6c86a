using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class CabVoteConfiguration : IEntityTypeConfiguration<CabVote>
{
    public void Configure(EntityTypeBuilder<CabVote> builder)
    {
        builder.ToTable("CabVotes");
        builder.HasKey(v => new { v.ReviewId, v.MemberId });
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.MemberName).HasMaxLength(200);
        builder.Property(v => v.Choice).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Conditions).HasMaxLength(VotingRound.MaxTextLength);
        builder.Property(v => v.Reason).HasMaxLength(VotingRound.MaxTextLength);
        builder.Ignore(v => v.Ballot);
    }
}
