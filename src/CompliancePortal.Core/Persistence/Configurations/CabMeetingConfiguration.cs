using CompliancePortal.Core.ChangeAdvisory;
using CompliancePortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CompliancePortal.Core.Persistence.Configurations;

internal sealed class CabMeetingConfiguration : IEntityTypeConfiguration<CabMeeting>
{
    public void Configure(EntityTypeBuilder<CabMeeting> builder)
    {
        builder.ToTable("CabMeetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<ChangeAdvisoryBoard>().WithMany().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.ScheduledById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.BoardId, m.StartsAt });
        builder.Property(m => m.Title).HasMaxLength(MeetingDefinition.MaxTitleLength);
        builder.Property(m => m.Location).HasMaxLength(MeetingDefinition.MaxLocationLength);
        builder.Property(m => m.CallLink).HasMaxLength(MeetingDefinition.MaxLocationLength);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Attendance).HasMaxLength(8000);
        builder.Property(m => m.MinutesSha256).HasMaxLength(64);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.Ignore(m => m.EndsAt);
        builder.Ignore(m => m.IsOpen);
    }
}
