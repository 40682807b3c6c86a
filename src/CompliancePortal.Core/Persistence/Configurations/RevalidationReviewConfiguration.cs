using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.Revalidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class RevalidationReviewConfiguration : IEntityTypeConfiguration<RevalidationReview>
{
    public void Configure(EntityTypeBuilder<RevalidationReview> builder)
    {
        builder.ToTable("RevalidationReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Model>().WithMany().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvaluationRun>().WithMany().HasForeignKey(r => r.EvaluationRunId).OnDelete(DeleteBehavior.Restrict);
        // The job reads before it writes, but two instances could still race: the database refuses the second review.
        builder.HasIndex(r => new { r.ModelId, r.DueAt }).IsUnique();
        builder.Property(r => r.ModelKey).HasMaxLength(64);
        builder.Property(r => r.ProductionVersionLabel).HasMaxLength(64);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(24);
        builder.OwnsOne(r => r.OwnerSignature, Signature);
        builder.OwnsOne(r => r.ComplianceOfficerSignature, Signature);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.RaisesAlert);
    }

    private static void Signature<T>(OwnedNavigationBuilder<T, RevalidationSignature> signature) where T : class
    {
        signature.Property(s => s.DisplayName).HasMaxLength(200);
        signature.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(24);
        signature.Property(s => s.Comments).HasMaxLength(RevalidationReview.MaxCommentsLength);
    }
}
