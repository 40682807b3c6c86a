using CompliancePortal.Web.Jobs;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;

namespace CompliancePortal.Web.Tests.Jobs;

public sealed class HostLogProviderTests
{
    [Fact]
    public void WhileTheHostLives_HangfireLogsThroughIt()
    {
        var sink = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
        var log = new HostLogProvider(factory).GetLogger("Hangfire.Test");

        var logged = log.Log(HangfireLevel.Warn, () => "queue is slow");

        Assert.True(logged);
        Assert.Equal(["queue is slow"], sink.Messages);
    }

    [Fact]
    public void AfterTheHostStopped_LoggersAreStillHandedOut_AndStayQuiet()
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(new ListLoggerProvider()));
        var provider = new HostLogProvider(factory);
        var earlier = provider.GetLogger("Hangfire.Early");
        factory.Dispose();

        var later = provider.GetLogger("Hangfire.Client");

        Assert.False(later.Log(HangfireLevel.Info, () => "created a job"));
        earlier.Log(HangfireLevel.Info, () => "still here");
    }

    private sealed class ListLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new ListLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Add(formatter(state, exception));
        }
    }
}
