using CompliancePortal.Core.ModelCards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class ModelCardRevisionConfiguration : IEntityTypeConfiguration<ModelCardRevision>
{
    public void Configure(EntityTypeBuilder<ModelCardRevision> builder)
    {
        builder.ToTable("ModelCardRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.CardId, r.Number }).IsUnique();
        builder.HasOne<ModelCard>().WithMany().HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.AuthorName).HasMaxLength(200);
        builder.Property(r => r.Summary).HasMaxLength(500);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Ignore(r => r.Metadata);
    }
}
