using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.IntegrationTests.Sandbox;

/// <summary>
/// A fake clock that says when the code under test starts waiting on it: each timer it creates is announced, so a test
/// advances time only once something waits, never in steps paced by the real clock.
/// </summary>
internal sealed class WatchedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private TaskCompletionSource _nextTimer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Exchange(ref _nextTimer, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return timer;
    }

    /// <summary>Completes when the code under test next creates a timer (e.g. starts a delay). Call it before the request.</summary>
    public Task NextTimer() => Volatile.Read(ref _nextTimer).Task.WaitAsync(SandboxTestClient.Ct);
}
