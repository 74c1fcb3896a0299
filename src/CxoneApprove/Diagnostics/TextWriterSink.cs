using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace CxoneApprove.Diagnostics;

/// <summary>Writes log events to a TextWriter (stderr in the CLI, a buffer in tests), stamped with the run's clock.</summary>
internal sealed class TextWriterSink : ILogEventSink
{
    private readonly TextWriter _writer;
    private readonly ITextFormatter _formatter;
    private readonly TimeProvider? _time;
    private readonly Lock _gate = new();

    public TextWriterSink(TextWriter writer, ITextFormatter formatter, TimeProvider? time = null)
    {
        _writer = writer;
        _formatter = formatter;
        _time = time;
    }

    public void Emit(LogEvent logEvent)
    {
        // Serilog stamps events with the wall clock; the run's clock is the one the rest of the output uses.
        var stamped = _time is null
            ? logEvent
            : new LogEvent(_time.GetUtcNow(), logEvent.Level, logEvent.Exception, logEvent.MessageTemplate,
                logEvent.Properties.Select(p => new LogEventProperty(p.Key, p.Value)));
        lock (_gate)
        {
            _formatter.Format(stamped, _writer);
            _writer.Flush();
        }
    }
}
