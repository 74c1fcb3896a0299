using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// Prints each template's block in input order as soon as every earlier one has finished; <c>shows</c> (when given)
/// picks the blocks worth printing; <c>showFix</c> adds each content with its safe fixes applied (<c>validate --fix</c>).
/// </summary>
internal sealed class OrderedPrinter(int count, TextWriter? writer, bool color, Func<TemplateResult, bool>? shows = null, bool showFix = false)
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
                if (shows?.Invoke(ready) ?? true)
                {
                    writer.Write(TextRenderer.Template(ready, color, showFix));
                    writer.Flush();
                }

                _next++;
            }
        }
    }
}
