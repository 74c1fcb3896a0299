namespace CxoneApprove.Benchmarks;

/// <summary>What a run must show to pass: issue 6's line for the in-process run, issue 12's for separate processes.</summary>
/// <param name="Source">Where the line comes from, for the verdict.</param>
/// <param name="Max429Percent">The ceiling on the share of requests answered 429, in percent (exclusive).</param>
/// <param name="MinCapPercent">The floor on accepted requests per second as a share of the sandbox's limit, if any.</param>
internal sealed record Criterion(string Source, double Max429Percent, double? MinCapPercent)
{
    public static Criterion For(int? processes) => processes switch
    {
        null => new("issue 6", 5, null),
        1 => new("issue 12, one process", 2, 95),
        _ => new("issue 12, processes sharing one limit", 5, 90),
    };
}

/// <summary>What one bulk run produced, from the sandbox's request log and the CLI's JSON document(s).</summary>
internal sealed record BulkRunFigures
{
    /// <summary>The CLI's <c>--rate-limit</c> for this run; null when it ran without one.</summary>
    public required double? RateLimit { get; init; }

    /// <summary>Separate CLI processes sharing the sandbox; null when the CLI ran in this process.</summary>
    public int? Processes { get; init; }

    /// <summary>Each process's exit code and wall time, in start order (separate processes only).</summary>
    public IReadOnlyList<int> ProcessExitCodes { get; init; } = [];

    /// <inheritdoc cref="ProcessExitCodes"/>
    public IReadOnlyList<TimeSpan> ProcessWallTimes { get; init; } = [];

    /// <summary>The sandbox's limit in requests per second.</summary>
    public required double Cap { get; init; }

    /// <summary>The line this run is judged by.</summary>
    public Criterion Criterion { get; init; } = Criterion.For(null);

    /// <summary>From the first to the last counted request the sandbox answered (separate processes only).</summary>
    public TimeSpan? BusyTime { get; init; }

    public required int Templates { get; init; }

    /// <summary>Templates per outcome (<c>approved</c>, <c>failed</c>…), as the JSON document reports them.</summary>
    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }

    public required int ExitCode { get; init; }

    /// <summary>Requests the sandbox answered, <c>POST /oauth/token</c> excluded (the sandbox does not count those either).</summary>
    public int Requests { get; init; }

    /// <summary>Of <see cref="Requests"/>, those answered 429.</summary>
    public int Throttled { get; init; }

    public int TokenRequests { get; init; }

    /// <summary>Of <see cref="Requests"/>, how many per status code.</summary>
    public IReadOnlyDictionary<int, int> Statuses { get; init; } = new Dictionary<int, int>();

    /// <summary>From just before the CLI entry point was called until it returned.</summary>
    public required TimeSpan WallTime { get; init; }

    /// <summary>The first lines of the CLI's stderr when it did not exit 0 (the JSON document holds the rest).</summary>
    public required string? ErrorExcerpt { get; init; }

    /// <summary>Templates that did not end approved or already approved, including any the JSON document does not list.</summary>
    public int Failed => Templates - Outcomes.GetValueOrDefault("approved") - Outcomes.GetValueOrDefault("already_approved");

    public double ThrottledPercent => Requests == 0 ? 0 : 100.0 * Throttled / Requests;

    /// <summary>Requests (all, 429s included; tokens excluded) per second of wall time.</summary>
    public double RequestsPerSecond => Rate(Requests);

    /// <summary>Requests the sandbox let through (not 429) per second of wall time.</summary>
    public double AcceptedPerSecond => Rate(Requests - Throttled);

    /// <summary>
    /// Accepted requests per second while the limit was in use (first to last request; the wall time when that is not
    /// known), as a share of the sandbox's limit, in percent. It leaves out each process's start-up and exit.
    /// </summary>
    public double CapPercent => SharePercent(BusyTime is { } busy && busy > TimeSpan.Zero ? busy : WallTime);

    /// <summary>The same share over the whole wall time, start-up and exit of the processes included.</summary>
    public double WallCapPercent => SharePercent(WallTime);

    /// <summary>Zero failures, few enough 429s and, where the criterion asks, enough of the cap used.</summary>
    public bool Passes => Failed == 0 && ExitCode == 0 && ThrottledPercent < Criterion.Max429Percent
        && (Criterion.MinCapPercent is not { } floor || CapPercent >= floor);

    private double SharePercent(TimeSpan over) => Cap <= 0 || over <= TimeSpan.Zero ? 0 : 100 * (Requests - Throttled) / over.TotalSeconds / Cap;

    private double Rate(int count) => WallTime <= TimeSpan.Zero ? 0 : count / WallTime.TotalSeconds;
}
