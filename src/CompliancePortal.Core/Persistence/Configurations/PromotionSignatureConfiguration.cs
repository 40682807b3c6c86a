using CompliancePortal.Core.Approvals;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class PromotionSignatureConfiguration : IEntityTypeConfiguration<PromotionSignature>
{
    public void Configure(EntityTypeBuilder<PromotionSignature> builder)
    {
        builder.ToTable("PromotionSignatures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.PrintedName).HasMaxLength(200);
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Meaning).HasMaxLength(100);
        builder.Property(s => s.Comment).HasMaxLength(PromotionSignature.MaxCommentLength);
        builder.Property(s => s.AuthenticationMethod).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.EvidenceFingerprint).HasMaxLength(64);
        builder.Property(s => s.InvalidationReason).HasMaxLength(1000);
        builder.Ignore(s => s.IsCounted);
    }
}
