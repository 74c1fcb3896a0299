namespace CxoneApprove.Benchmarks;

/// <summary>What one bulk run produced, from the sandbox's request log and the CLI's JSON document.</summary>
internal sealed record BulkRunFigures
{
    /// <summary>The acceptance line's ceiling on the share of requests answered 429, in percent (exclusive).</summary>
    public const double Max429Percent = 5;

    /// <summary>The CLI's <c>--rate-limit</c> for this run; null when it ran without one.</summary>
    public required double? RateLimit { get; init; }

    public required int Templates { get; init; }

    /// <summary>Templates per outcome (<c>approved</c>, <c>failed</c>…), as the JSON document reports them.</summary>
    public required IReadOnlyDictionary<string, int> Outcomes { get; init; }

    public required int ExitCode { get; init; }

    /// <summary>Requests the sandbox answered, <c>POST /oauth/token</c> excluded (the sandbox does not count those either).</summary>
    public required int Requests { get; init; }

    /// <summary>Of <see cref="Requests"/>, those answered 429.</summary>
    public required int Throttled { get; init; }

    public required int TokenRequests { get; init; }

    /// <summary>Of <see cref="Requests"/>, how many per status code.</summary>
    public required IReadOnlyDictionary<int, int> Statuses { get; init; }

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

    /// <summary>Issue 6's acceptance line: zero failures and fewer than 5 % of requests answered 429.</summary>
    public bool Passes => Failed == 0 && ExitCode == 0 && ThrottledPercent < Max429Percent;

    private double Rate(int count) => WallTime <= TimeSpan.Zero ? 0 : count / WallTime.TotalSeconds;
}
