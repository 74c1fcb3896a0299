namespace CxoneApprove.Sandbox.Faults;

/// <summary>One rule's state, shared by all requests of one server: which requests it picks and which outcome comes next.</summary>
internal sealed class FaultSchedule(FaultRule rule)
{
    private readonly ulong _seed = rule.Seed is { } seed ? (ulong)seed : TextSeed(rule.ToString());
    private long _rolled;
    private long _taken;

    public FaultRule Rule => rule;

    /// <summary>
    /// Whether the rule acts on this matching request: always without a probability; with one, a draw that depends only on
    /// the seed and how many matching requests came before, so a run can be replayed.
    /// </summary>
    public bool Picks() =>
        rule.Probability is not { } probability || Draw(_seed, Interlocked.Increment(ref _rolled)) < probability;

    /// <summary>
    /// The next outcome (thread-safe) with its 1-based position, or null when there is none: in order and then used up,
    /// or, with a probability, cycling for ever.
    /// </summary>
    public (FaultOutcome Outcome, long Position)? TakeNext()
    {
        var count = rule.Outcomes.Count;
        if (count == 0 || (rule.Probability is null && Interlocked.Read(ref _taken) >= count))
        {
            return null;
        }

        var position = Interlocked.Increment(ref _taken);
        if (rule.Probability is not null)
        {
            return (rule.Outcomes[(int)((position - 1) % count)], position);
        }

        return position <= count ? (rule.Outcomes[(int)position - 1], position) : null;
    }

    /// <summary>FNV-1a over the rule's text: the same rule draws the same way in every process (string hashes do not).</summary>
    private static ulong TextSeed(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var unit in text)
        {
            hash = (hash ^ unit) * 0x100000001B3UL;
        }

        return hash;
    }

    /// <summary>A uniform number in [0, 1) from the seed and the draw's number (SplitMix64's finaliser).</summary>
    private static double Draw(ulong seed, long number)
    {
        var mixed = seed + ((ulong)number * 0x9E3779B97F4A7C15UL);
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9UL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBUL;
        mixed ^= mixed >> 31;
        return (mixed >> 11) * (1.0 / (1UL << 53));
    }
}
