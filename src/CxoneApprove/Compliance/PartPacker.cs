namespace CxoneApprove.Compliance;

/// <summary>
/// Fills SMS parts of a fixed capacity in order, as a sender's concatenation does: an item that does
/// not fit in what is left of the current part starts the next one, so an escape pair, a surrogate
/// pair or a grapheme is never split.
/// </summary>
internal sealed class PartPacker(int capacity)
{
    private long _used;

    /// <summary>Units added so far.</summary>
    public long Units { get; private set; }

    /// <summary>Parts started so far.</summary>
    public long Parts { get; private set; }

    /// <summary>The units one part holds.</summary>
    public int Capacity => capacity;

    /// <summary>Adds an item that must stay whole; <paramref name="cost"/> is at most <see cref="Capacity"/>.</summary>
    public void Add(int cost)
    {
        Units += cost;
        if (Parts == 0 || _used + cost > capacity)
        {
            Parts++;
            _used = cost;
        }
        else
        {
            _used += cost;
        }
    }

    /// <summary>Adds <paramref name="count"/> one-unit items at once (a placeholder counted at a fixed width).</summary>
    public void AddRun(long count)
    {
        if (count <= 0)
        {
            return;
        }

        Units += count;
        if (Parts == 0)
        {
            Parts = 1;
            _used = 0;
        }

        var space = capacity - _used;
        if (count <= space)
        {
            _used += count;
            return;
        }

        var rest = count - space;
        var more = (rest + capacity - 1) / capacity;
        Parts += more;
        _used = rest - ((more - 1) * capacity);
    }
}
