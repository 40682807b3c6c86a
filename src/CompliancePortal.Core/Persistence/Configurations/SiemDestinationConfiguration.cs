using CompliancePortal.Core.Siem;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class SiemDestinationConfiguration : IEntityTypeConfiguration<SiemDestination>
{
    public void Configure(EntityTypeBuilder<SiemDestination> builder)
    {
        builder.ToTable("SiemDestinations");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Transport).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.Host).HasMaxLength(255);
        builder.Property(d => d.Url).HasMaxLength(2000);
        builder.Property(d => d.ProtectedToken).HasMaxLength(4000);
        builder.Property(d => d.CreatedByName).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(SiemDestination.MaxErrorLength);
    }
}
