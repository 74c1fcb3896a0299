using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace CxoneApprove.Diagnostics;

/// <summary>Builds the run's Serilog logger: stderr only, text or compact JSON, secrets masked.</summary>
internal static class LogFactory
{
    /// <summary>
    /// A logger writing to <paramref name="stderr"/> (already redacting). Without <paramref name="verbose"/>
    /// only retries and warnings show (only warnings when <paramref name="quiet"/>); with it every HTTP exchange does.
    /// </summary>
    public static ILogger Create(TextWriter stderr, bool verbose, bool json, bool quiet = false)
    {
        ITextFormatter formatter = json
            ? new CompactJsonFormatter()
            : new MessageTemplateTextFormatter("{Level:u3} {Message:lj}{NewLine}{Exception}");
        return new LoggerConfiguration()
            .MinimumLevel.Is(verbose ? LogEventLevel.Debug : quiet ? LogEventLevel.Warning : LogEventLevel.Information)
            .WriteTo.Sink(new TextWriterSink(stderr, formatter))
            .CreateLogger();
    }
}
