using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>Prints each template's block in input order as soon as every earlier one has finished.</summary>
internal sealed class OrderedPrinter(int count, TextWriter? writer, bool color)
{
    private readonly TemplateResult?[] _results = new TemplateResult?[count];
    private readonly Lock _gate = new();
    private int _next;

    public void Completed(int index, TemplateResult result)
    {
        if (writer is null)
        {
            return;
        }

        lock (_gate)
        {
            _results[index] = result;
            while (_next < _results.Length && _results[_next] is { } ready)
            {
                writer.Write(TextRenderer.Template(ready, color));
                writer.Flush();
                _next++;
            }
        }
    }
}

/// <summary>On a terminal, a live "n/total" count on stderr for bulk runs; nothing otherwise.</summary>
internal sealed class LiveCount(int total, TextWriter? terminal)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Outcome, int> _outcomes = [];
    private int _done;

    public void Completed(TemplateResult result)
    {
        if (terminal is null)
        {
            return;
        }

        lock (_gate)
        {
            _done++;
            _outcomes[result.Outcome] = _outcomes.GetValueOrDefault(result.Outcome) + 1;
            var counts = string.Join(", ", _outcomes.OrderBy(o => WireNames.Of(o.Key), StringComparer.Ordinal).Select(o => $"{o.Value} {WireNames.Words(o.Key)}"));
            terminal.Write($"\r\u001b[K[{_done}/{total}] {counts}");
            terminal.Flush();
        }
    }

    public void Finish()
    {
        if (terminal is not null)
        {
            terminal.Write("\r\u001b[K");
            terminal.Flush();
        }
    }
}
