using System.Text;

namespace CxoneApprove.Cli;

/// <summary>
/// One live line at the bottom of a terminal (on stderr), kept apart from every other output: whatever is written
/// through a <see cref="Guard"/>ed writer first erases the line, and the line is drawn again only once that output has
/// ended its line. So no printed line ever starts where the status line left off.
/// </summary>
internal sealed class StatusLine : IDisposable
{
    private const string EraseLine = "\r\u001b[K";

    private readonly TextWriter _terminal;
    private readonly Func<int> _width;
    private readonly Func<int, string> _render;
    private readonly ITimer _ticker;
    private readonly Lock _gate = new();
    private bool _shown;
    private bool _closed;
    private int _openLines;

    /// <summary>
    /// A status line on <paramref name="terminal"/>, its text from <paramref name="render"/> (given the columns it may
    /// fill), redrawn on <see cref="Refresh"/> and every <paramref name="tick"/> so that waits visibly go on.
    /// </summary>
    public StatusLine(TextWriter terminal, Func<int> width, Func<int, string> render, TimeProvider time, TimeSpan tick)
    {
        _terminal = terminal;
        _width = width;
        _render = render;
        _ticker = time.CreateTimer(_ => Refresh(), null, tick, tick);
    }

    /// <summary>A writer for other output that shares the terminal: it erases the status line before each write.</summary>
    public TextWriter Guard(TextWriter writer) => new GuardedWriter(this, writer);

    /// <summary>Draws the line anew, unless some output is in the middle of a line.</summary>
    public void Refresh()
    {
        lock (_gate)
        {
            if (!_closed && _openLines == 0)
            {
                Draw();
            }
        }
    }

    /// <summary>Erases the line for good; output after this is plain.</summary>
    public void Dispose()
    {
        _ticker.Dispose();
        lock (_gate)
        {
            _closed = true;
            Erase();
        }
    }

    private void Draw()
    {
        // One column short of the width: a line that fills the last column wraps on some terminals.
        var text = _render(Math.Max(10, _width() - 1));
        if (text.Length == 0)
        {
            Erase();
            return;
        }

        _terminal.Write(EraseLine + text);
        _terminal.Flush();
        _shown = true;
    }

    private void Erase()
    {
        if (_shown)
        {
            _terminal.Write(EraseLine);
            _terminal.Flush();
            _shown = false;
        }
    }

    /// <summary>Passes writes through, erasing the status line first and drawing it again after a finished line.</summary>
    private sealed class GuardedWriter(StatusLine line, TextWriter inner) : TextWriter
    {
        private bool _open;

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            lock (line._gate)
            {
                line.Erase();
                inner.Write(value);
                var ended = value[^1] == '\n';
                if (ended == _open)
                {
                    _open = !ended;
                    line._openLines += ended ? -1 : 1;
                }

                if (ended)
                {
                    // Out before the status line comes back: stdout and stderr may share the terminal.
                    inner.Flush();
                    if (!line._closed && line._openLines == 0)
                    {
                        line.Draw();
                    }
                }
            }
        }

        public override void Flush()
        {
            lock (line._gate)
            {
                inner.Flush();
            }
        }
    }
}
