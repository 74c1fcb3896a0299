using CxoneApprove.Api;

namespace CxoneApprove.Workflow.Steps;

/// <summary>Times one step and builds its result from a call's outcome.</summary>
internal readonly struct StepClock
{
    private readonly TimeProvider _time;
    private readonly long _started;

    private StepClock(TimeProvider time, StepName name)
    {
        _time = time;
        _started = time.GetTimestamp();
        Name = name;
    }

    public StepName Name { get; }

    /// <summary>When the step started, as a TimeProvider timestamp.</summary>
    public long Started => _started;

    public long ElapsedMs => (long)_time.GetElapsedTime(_started).TotalMilliseconds;

    public static StepClock Start(TimeProvider time, StepName name) => new(time, name);

    public StepResult Ok(int attempts, int? httpStatus, string? detail = null) =>
        new(Name, StepStatus.Ok, ElapsedMs, attempts, httpStatus, null, null) { Detail = detail };

    public StepResult Skipped(int attempts, int? httpStatus, string detail) =>
        new(Name, StepStatus.Skipped, ElapsedMs, attempts, httpStatus, null, null) { Detail = detail };

    public StepResult Failed(int attempts, ApiError error, int? httpStatus = null) =>
        new(Name, StepStatus.Failed, ElapsedMs, attempts, httpStatus ?? error.HttpStatus, error.Message, error.Hint);

    public StepResult Warning(int attempts, ApiError error, int? httpStatus = null) =>
        new(Name, StepStatus.Warning, ElapsedMs, attempts, httpStatus ?? error.HttpStatus, error.Message, error.Hint);
}
