using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.Models;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ChangeReviewConfiguration : IEntityTypeConfiguration<ChangeReview>
{
    public void Configure(EntityTypeBuilder<ChangeReview> builder)
    {
        builder.ToTable("ChangeReviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ChangeAdvisoryBoard>().WithMany().HasForeignKey(r => r.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Model>().WithMany().HasForeignKey(r => r.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(r => r.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RequestedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CabMeeting>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ModelVersionId, r.OpenedAt });
        builder.HasIndex(r => r.PromotionRequestId);
        builder.Property(r => r.ModelKey).HasMaxLength(64);
        builder.Property(r => r.VersionLabel).HasMaxLength(64);
        builder.Property(r => r.ChangeClass).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.RequestedByName).HasMaxLength(200);
        builder.Property(r => r.InterestedIds).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(ChangeReview.MaxReasonLength);
        foreach (var text in new[] { nameof(ChangeReview.WhatChanges), nameof(ChangeReview.Why), nameof(ChangeReview.ImpactIfItFails),
                     nameof(ChangeReview.TestEvidence), nameof(ChangeReview.RollbackPlan), nameof(ChangeReview.Responsible) })
        {
            builder.Property(text).HasMaxLength(RiskAssessment.MaxLength);
        }
        builder.Property(r => r.Likelihood).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Impact).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.RiskScore).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.DecidedByName).HasMaxLength(200);
        builder.Property(r => r.TallyJson).HasMaxLength(1000);
        builder.Property(r => r.RecusedIds).HasMaxLength(1000);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasMany(r => r.Votes).WithOne().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Votes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Conditions).WithOne().HasForeignKey(c => c.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Conditions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.Interested);
        builder.Ignore(r => r.IsDecided);
        builder.Ignore(r => r.IsAssessed);
        builder.Ignore(r => r.Assessment);
        builder.Ignore(r => r.DecidedTally);
        builder.Ignore(r => r.State);
        builder.Ignore(r => r.ApprovalComplete);
    }
}
