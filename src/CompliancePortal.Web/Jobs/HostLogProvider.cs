using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CompliancePortal.Web.Jobs;

/// <summary>
/// Hangfire keeps its log provider in a process-wide static, set by whichever host configured Hangfire last. When that
/// host stops, its logger factory is disposed, and another host in the same process (the test suite runs many) would
/// fail to create a Hangfire client or log a job. This provider logs through its host while the host lives and goes
/// quiet after, instead of failing the other host's request.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new GuardedLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Silent;
        }
    }

    private static readonly ILog Silent = new SilentLog();

    private sealed class GuardedLog(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class SilentLog : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
