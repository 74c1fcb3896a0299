using System.Text;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>A thread-safe text writer that keeps what was written and says when its first line is complete.</summary>
internal sealed class LineWriter : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public Task<string> FirstLine => _firstLine.Task.WaitAsync(SandboxTestClient.Ct);

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
            if (value == '\n')
            {
                _firstLine.TrySetResult(_text.ToString().Split('\n')[0]);
            }
        }
    }
}
