namespace CxoneApprove.Sandbox.Faults;

/// <summary>One rule's place in its status list, shared by all requests of one server.</summary>
internal sealed class FaultSchedule(FaultRule rule)
{
    private long _taken;

    public FaultRule Rule => rule;

    /// <summary>Takes the next status (thread-safe), with its 1-based position, or null when the list is used up.</summary>
    public (int Status, long Position)? TakeNext()
    {
        if (Interlocked.Read(ref _taken) >= rule.Statuses.Count)
        {
            return null;
        }

        var position = Interlocked.Increment(ref _taken);
        return position <= rule.Statuses.Count ? (rule.Statuses[(int)position - 1], position) : null;
    }
}
