namespace CxoneApprove.Compliance;

/// <summary>
/// Fills SMS parts of a fixed capacity in order, as a sender's concatenation does: an item that does
/// not fit in what is left of the current part starts the next one, so an escape pair, a surrogate
/// pair or a grapheme is never split. Remembers where in the text each part starts.
/// </summary>
/// <param name="capacity">Units each part of a multi-part message holds.</param>
/// <param name="singlePartLimit">Units a message of one part holds.</param>
internal sealed class PartPacker(int capacity, int singlePartLimit)
{
    private readonly List<int> _starts = [];
    private long _used;

    /// <summary>Units added so far.</summary>
    public long Units { get; private set; }

    /// <summary>Parts started so far.</summary>
    public long Parts { get; private set; }

    /// <summary>The units one part holds.</summary>
    public int Capacity => capacity;

    /// <summary>UTF-16 index of the text where each part starts, in order.</summary>
    public IReadOnlyList<int> Starts => _starts;

    /// <summary>UTF-16 index of the first item that does not fit in a single-part message; <see langword="null"/> while all fit.</summary>
    public int? SinglePartOverflow { get; private set; }

    /// <summary>Adds an item at text index <paramref name="index"/> that must stay whole; <paramref name="cost"/> is at most <see cref="Capacity"/>.</summary>
    public void Add(int cost, int index)
    {
        Units += cost;
        NoteOverflow(index);
        if (Parts == 0 || _used + cost > capacity)
        {
            Start(index);
            _used = cost;
        }
        else
        {
            _used += cost;
        }
    }

    /// <summary>Adds <paramref name="count"/> one-unit items at once (a placeholder counted at a fixed width) at text index <paramref name="index"/>.</summary>
    public void AddRun(long count, int index)
    {
        if (count <= 0)
        {
            return;
        }

        Units += count;
        NoteOverflow(index);
        if (Parts == 0)
        {
            Start(index);
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
        for (var i = 0; i < more && _starts.Count < MaxRecordedStarts; i++)
        {
            _starts.Add(index);
        }

        _used = rest - ((more - 1) * capacity);
    }

    // A placeholder of a huge width would otherwise record millions of identical starts.
    private const int MaxRecordedStarts = 100_000;

    private void Start(int index)
    {
        Parts++;
        if (_starts.Count < MaxRecordedStarts)
        {
            _starts.Add(index);
        }
    }

    private void NoteOverflow(int index)
    {
        if (SinglePartOverflow is null && Units > singlePartLimit)
        {
            SinglePartOverflow = index;
        }
    }
}
