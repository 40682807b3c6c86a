using CompliancePortal.Core.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class EvaluationMetricConfiguration : IEntityTypeConfiguration<EvaluationMetric>
{
    public void Configure(EntityTypeBuilder<EvaluationMetric> builder)
    {
        builder.ToTable("EvaluationMetrics");
        builder.HasKey(m => new { m.EvaluationRunId, m.Kind });
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(16);
    }
}
