using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace CxoneApprove.Diagnostics;

/// <summary>Builds the run's Serilog logger: stderr only, text or compact JSON, secrets masked.</summary>
internal static class LogFactory
{
    /// <summary>
    /// A logger writing to <paramref name="stderr"/> (already redacting). Without <paramref name="verbose"/>
    /// only retries and warnings show (only warnings when <paramref name="quiet"/>); with it every HTTP exchange does.
    /// Events carry <paramref name="time"/>'s clock (the system's when null) and the template id the workflow pushes.
    /// </summary>
    public static ILogger Create(TextWriter stderr, bool verbose, bool json, TimeProvider? time = null, bool quiet = false)
    {
        ITextFormatter formatter = json ? new CompactJsonFormatter() : new LineFormatter(verbose);
        return new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : quiet ? LogEventLevel.Warning : LogEventLevel.Information)
            .Enrich.FromLogContext()
            .WriteTo.Sink(new TextWriterSink(stderr, formatter, time))
            .CreateLogger();
    }
}
