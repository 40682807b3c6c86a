using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ObjectId).HasMaxLength(200);
        builder.HasIndex(p => p.ObjectId).IsUnique();
        builder.Property(p => p.DisplayName).HasMaxLength(200);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.HasIndex(p => p.Email);
        builder.Property(p => p.LastSeenRoles).HasMaxLength(200);
        builder.Ignore(p => p.Roles);
    }
}
