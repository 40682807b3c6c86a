using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CompliancePortal.Core.Persistence;

/// <summary>Stores a point in time as UTC ticks: exact to 100 ns, sortable, and the same value read back.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
