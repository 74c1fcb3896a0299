namespace CxoneApprove.Http;

/// <summary>When recent requests were (or will be) sent, to measure the rate a run actually sends at. Not thread-safe.</summary>
internal sealed class SendLog(TimeSpan window)
{
    private readonly Queue<DateTimeOffset> _sends = new();

    /// <summary>Records a send at <paramref name="at"/>, decided at <paramref name="now"/>; slots are handed out in order.</summary>
    public void Add(DateTimeOffset at, DateTimeOffset now)
    {
        Forget(now);
        _sends.Enqueue(at);
    }

    /// <summary>Sends in the window that ends at <paramref name="now"/> (slots still in the future are not counted).</summary>
    public int CountUpTo(DateTimeOffset now)
    {
        Forget(now);
        var count = 0;
        foreach (var sent in _sends)
        {
            if (sent > now)
            {
                break;
            }

            count++;
        }

        return count;
    }

    private void Forget(DateTimeOffset now)
    {
        while (_sends.TryPeek(out var oldest) && oldest <= now - window)
        {
            _sends.Dequeue();
        }
    }
}
