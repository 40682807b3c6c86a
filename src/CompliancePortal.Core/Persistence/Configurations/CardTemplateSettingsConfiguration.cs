using CompliancePortal.Core.ModelCards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class CardTemplateSettingsConfiguration : IEntityTypeConfiguration<CardTemplateSettings>
{
    public void Configure(EntityTypeBuilder<CardTemplateSettings> builder)
    {
        builder.ToTable("CardTemplateSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Ignore(s => s.Template);
    }
}
