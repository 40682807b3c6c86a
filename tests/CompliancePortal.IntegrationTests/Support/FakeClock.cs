using Microsoft.Extensions.Time.Testing;

namespace CompliancePortal.IntegrationTests.Support;

public static class FakeClock
{
    /// <summary>
    /// Starts at the real time and ticks a millisecond per reading, so events keep their order; tests jump it forward
    /// past due dates with <see cref="FakeTimeProvider.SetUtcNow"/>.
    /// </summary>
    public static FakeTimeProvider StartingNow() => new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
}
