using System.Globalization;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace CxoneApprove.Diagnostics;

/// <summary>
/// The text log format: <c>LVL message</c>, and under <c>--verbose</c> a UTC timestamp and the template id in front, then
/// an exchange's headers and body on indented lines below it (in JSON they are fields instead).
/// </summary>
internal sealed class LineFormatter(bool verbose) : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _message = new("{Message:lj}");

    public void Format(LogEvent logEvent, TextWriter output)
    {
        output.Write(logEvent.Level switch
        {
            LogEventLevel.Verbose => "VRB",
            LogEventLevel.Debug => "DBG",
            LogEventLevel.Information => "INF",
            LogEventLevel.Warning => "WRN",
            LogEventLevel.Error => "ERR",
            _ => "FTL",
        });
        output.Write(' ');
        if (verbose)
        {
            output.Write(logEvent.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            output.Write(' ');
            if (logEvent.Properties.TryGetValue(LogProperties.TemplateId, out var id) && id is ScalarValue { Value: string template })
            {
                output.Write('[');
                output.Write(template);
                output.Write("] ");
            }
        }

        _message.Format(logEvent, output);
        output.WriteLine();
        if (logEvent.Properties.TryGetValue(LogProperties.Headers, out var headers) && headers is StructureValue fields)
        {
            foreach (var field in fields.Properties)
            {
                output.Write("    ");
                output.Write(field.Name);
                output.Write(": ");
                output.WriteLine(field.Value is ScalarValue { Value: string value } ? value : field.Value.ToString());
            }
        }

        if (logEvent.Properties.TryGetValue(LogProperties.Body, out var body) && body is ScalarValue { Value: string text })
        {
            output.Write("    body: ");
            output.WriteLine(text);
        }

        if (logEvent.Exception is { } exception)
        {
            output.WriteLine(exception);
        }
    }
}
