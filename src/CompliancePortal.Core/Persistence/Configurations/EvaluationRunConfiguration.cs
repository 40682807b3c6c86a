using CompliancePortal.Core.Evaluation;
using CompliancePortal.Core.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class EvaluationRunConfiguration : IEntityTypeConfiguration<EvaluationRun>
{
    public void Configure(EntityTypeBuilder<EvaluationRun> builder)
    {
        builder.ToTable("EvaluationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<ModelVersion>().WithMany().HasForeignKey(r => r.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<GoldenSetVersion>().WithMany().HasForeignKey(r => r.GoldenSetVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ModelVersionId, r.FinishedAt });
        builder.Property(r => r.EvaluatorName).HasMaxLength(EvaluatorIdentity.MaxNameLength);
        builder.Property(r => r.EvaluatorVersion).HasMaxLength(EvaluatorIdentity.MaxVersionLength);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ArtifactSha256).HasMaxLength(64);
        builder.Property(r => r.RecordedByName).HasMaxLength(200);
        builder.Ignore(r => r.Duration);
        builder.HasMany(r => r.Metrics).WithOne().HasForeignKey(m => m.EvaluationRunId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Metrics).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
