using Microsoft.Extensions.Time.Testing;

namespace CxoneApprove.Tests.Time;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which of its timers someone is waiting on. A timer whose state is a
/// <see cref="CancellationTokenSource"/> is a deadline (a timeout that cancels work if it fires); any other timer is a
/// wait (Task.Delay: a backoff, a Retry-After, a rate-limit slot). <see cref="RunAsync{T}"/> moves time only to the
/// next wait, or — when the work says it hangs — to the next deadline, so fake time never races real time.
/// </summary>
internal sealed class TestClock : FakeTimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<TrackedTimer> _pending = [];
    private TaskCompletionSource _changed = NewSignal();
    private int _hanging;

    public TestClock()
        : base(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>Marks the work as blocked on something only a deadline ends (a server that never answers), until disposed.</summary>
    public IDisposable Hang()
    {
        Interlocked.Increment(ref _hanging);
        Signal();
        return new Release(this);
    }

    /// <summary>Runs <paramref name="work"/>, moving the clock forward only while the work waits on it.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var task = Task.Run(work, cancellationToken);
        while (!task.IsCompleted)
        {
            Task changed;
            TimeSpan? step;
            lock (_gate)
            {
                changed = _changed.Task;
                step = NextStep();
            }

            if (step is { } advance)
            {
                Advance(advance);
                continue;
            }

            await Task.WhenAny(task, changed).WaitAsync(cancellationToken);
        }

        return await task;
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this, state is CancellationTokenSource);
        // Scheduled before the inner timer exists: a timer due at once fires inside CreateTimer.
        tracked.Schedule(dueTime, period);
        tracked.Inner = base.CreateTimer(s =>
        {
            tracked.Fired();
            callback(s);
        }, state, dueTime, period);
        return tracked;
    }

    private TimeSpan? NextStep()
    {
        var now = GetUtcNow();
        var waits = _pending.Where(t => !t.IsDeadline).Select(t => t.Due).ToList();
        if (waits.Count == 0 && Volatile.Read(ref _hanging) > 0)
        {
            waits = [.. _pending.Select(t => t.Due)];
        }

        if (waits.Count == 0)
        {
            return null;
        }

        // A timer created on another thread while the clock was advancing is recorded a little earlier than its inner
        // timer fires: when the earliest wait looks overdue, creep forward by the fake clock's grain instead of
        // advancing by nothing for ever.
        var due = waits.Min();
        return due > now ? due - now : TimeSpan.FromMilliseconds(1);
    }

    private void Signal()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = NewSignal();
        }

        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Release(TestClock clock) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref clock._hanging);
                clock.Signal();
            }
        }
    }

    private sealed class TrackedTimer(TestClock clock, bool isDeadline) : ITimer
    {
        public ITimer Inner { get; set; } = null!;

        public bool IsDeadline => isDeadline;

        public DateTimeOffset Due { get; private set; }

        private TimeSpan Period { get; set; } = Timeout.InfiniteTimeSpan;

        public void Schedule(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                Period = period;
                clock._pending.Remove(this);
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    Due = clock.GetUtcNow() + dueTime;
                    clock._pending.Add(this);
                }
            }

            clock.Signal();
        }

        public void Fired()
        {
            lock (clock._gate)
            {
                clock._pending.Remove(this);
                if (Period != Timeout.InfiniteTimeSpan && Period > TimeSpan.Zero)
                {
                    Due = clock.GetUtcNow() + Period;
                    clock._pending.Add(this);
                }
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime, period);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                clock._pending.Remove(this);
            }

            Inner.Dispose();
            clock.Signal();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
