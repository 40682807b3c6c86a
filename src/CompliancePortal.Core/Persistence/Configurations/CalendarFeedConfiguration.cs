using CompliancePortal.Core.Revalidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("CalendarFeeds");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Prefix).HasMaxLength(16);
        builder.Property(f => f.SecretHash).HasMaxLength(64);
        builder.HasIndex(f => f.SecretHash).IsUnique();
        builder.HasIndex(f => f.PersonId);
        builder.HasOne(f => f.Person).WithMany().HasForeignKey(f => f.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(f => f.IsActive);
    }
}
