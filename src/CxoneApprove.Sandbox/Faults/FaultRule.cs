using System.Globalization;
using System.Text;

namespace CxoneApprove.Sandbox.Faults;

/// <summary>
/// A fault the sandbox injects into matching requests, to rehearse failures.
/// </summary>
/// <remarks>
/// <para>Spec grammar, as taken by <see cref="Parse"/> and the sandbox's <c>--fault</c> option:</para>
/// <code>
/// &lt;METHOD&gt; &lt;PATH-GLOB&gt; [status=&lt;outcome&gt;[,&lt;outcome&gt;...]] [probability=&lt;p&gt; [seed=&lt;n&gt;]] [retry-after=&lt;s&gt; | retry-after-date=&lt;s&gt;] [delay-ms=&lt;ms&gt;] [content-type=&lt;type&gt;] [body=&lt;rest of the line&gt;]
/// </code>
/// <list type="bullet">
/// <item><c>METHOD</c>: an HTTP method (any case) or <c>*</c> for every method.</item>
/// <item><c>PATH-GLOB</c>: starts with <c>/</c>; <c>*</c> matches any run of characters, <c>/</c> included. Matched against the
/// decoded path, without the query.</item>
/// <item><c>status</c>: outcomes handed out in order to the matching requests, one each, then requests pass through. An
/// outcome is a status (100-599), <c>drop</c> (the connection is closed before the request is handled) or <c>lose</c> (the
/// request is handled and takes effect, then the connection is closed instead of answering). A 2xx status with no
/// <c>body</c> lets that request through to the real handler (it still uses up its turn), so <c>status=503,200,503</c>
/// fails the first and third request only.</item>
/// <item><c>probability</c>: instead of the first requests, each matching request is picked with this probability
/// (<c>0.2</c> or <c>20%</c>); picked requests get the delay and the outcomes in turn, cycling, for as long as the sandbox
/// runs. The draws are reproducible: the n-th matching request is picked or not by <c>seed</c> and n alone (the default
/// seed comes from the rule's text).</item>
/// <item><c>retry-after</c>: whole seconds sent as <c>Retry-After</c> with every injected status;
/// <c>retry-after-date</c> sends the same wait as an HTTP date instead.</item>
/// <item><c>delay-ms</c>: latency added to every matching (or picked) request, on the sandbox clock, injected status or not.</item>
/// <item><c>content-type</c> and <c>body</c>: the raw answer for injected statuses, to rehearse malformed replies. <c>body=</c>
/// takes the rest of the spec verbatim, spaces included, so it comes last. Without them the answer is
/// <c>{"error":"injected_fault","message":"..."}</c> as application/json.</item>
/// </list>
/// <para>When several rules match a request, all their delays add up, and the first rule with outcomes left acts.</para>
/// </remarks>
public sealed class FaultRule
{
    /// <summary>The grammar of a fault spec, for help text and error messages.</summary>
    public const string SyntaxHelp =
        "<METHOD|*> <PATH-GLOB> [status=<outcome>[,<outcome>...]] [probability=<p> [seed=<n>]] [retry-after=<s> | retry-after-date=<s>] [delay-ms=<ms>] [content-type=<type>] [body=<rest of line>]\n" +
        "  an outcome is a status (100-599), 'drop' (connection closed before the request is handled) or 'lose' (handled, then\n" +
        "  the connection is closed instead of answering); '*' in the path matches across '/'; outcomes go in order to the\n" +
        "  first matching requests, then requests pass through; with probability= (0.2 or 20%) each matching request is\n" +
        "  picked at that rate, reproducibly for a seed, and the outcomes cycle; a 2xx status without body= lets that request\n" +
        "  through; body= must come last.\n" +
        "  e.g. \"PUT /api/v1/messaging/templates/* status=503,503 retry-after=2\"  \"* /api/v1/* delay-ms=300\"\n" +
        "       \"* /api/v1/* status=429,503,drop,lose probability=20% seed=7\"\n" +
        "       \"GET /api/v1/messaging/templates/* status=200 content-type=text/html body=<html>proxy error</html>\"";

    internal const int MaxDelayMs = 600_000;
    internal const int MaxRetryAfterSeconds = 86_400;

    /// <summary>Creates a rule; the arguments follow the same rules as the spec grammar (see <see cref="SyntaxHelp"/>).</summary>
    /// <exception cref="ArgumentException">An argument breaks the grammar's rules.</exception>
    public FaultRule(
        string method,
        string pathPattern,
        IEnumerable<FaultOutcome>? outcomes = null,
        int? retryAfterSeconds = null,
        TimeSpan latency = default,
        string? body = null,
        string? contentType = null,
        bool retryAfterAsHttpDate = false,
        double? probability = null,
        int? seed = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathPattern);
        Method = method == "*" ? "*" : method.ToUpperInvariant();
        PathPattern = pathPattern;
        Outcomes = outcomes?.ToArray() ?? [];
        RetryAfterSeconds = retryAfterSeconds;
        RetryAfterAsHttpDate = retryAfterAsHttpDate;
        Latency = latency;
        Body = body;
        ContentType = contentType;
        Probability = probability;
        Seed = seed;
        if (FaultRuleCheck.Problem(method, this) is { } problem)
        {
            throw new ArgumentException(problem);
        }
    }

    /// <summary>Upper-case HTTP method, or <c>*</c> for any.</summary>
    public string Method { get; }

    /// <summary>Path glob; <c>*</c> matches within and across segments.</summary>
    public string PathPattern { get; }

    /// <summary>What happens to the picked requests, in order (see the class remarks). Empty: latency only.</summary>
    public IReadOnlyList<FaultOutcome> Outcomes { get; }

    /// <summary>The statuses among <see cref="Outcomes"/>, in order (drops and lost answers left out).</summary>
    public IReadOnlyList<int> Statuses =>
        [.. Outcomes.Where(outcome => outcome.Kind == FaultOutcomeKind.Answer).Select(outcome => outcome.Status)];

    /// <summary>Seconds sent as <c>Retry-After</c> with every injected status, or <see langword="null"/> for none.</summary>
    public int? RetryAfterSeconds { get; }

    /// <summary>Whether <c>Retry-After</c> is sent as an HTTP date (now + <see cref="RetryAfterSeconds"/>) instead of seconds.</summary>
    public bool RetryAfterAsHttpDate { get; }

    /// <summary>Added to every matching (or, with <see cref="Probability"/>, picked) request, before it is answered.</summary>
    public TimeSpan Latency { get; }

    /// <summary>Raw body of the injected answers, or <see langword="null"/> for the JSON <c>injected_fault</c> error.</summary>
    public string? Body { get; }

    /// <summary>Content type of the injected answers, or <see langword="null"/> for the default.</summary>
    public string? ContentType { get; }

    /// <summary>Share of matching requests the rule picks (0 &lt; p ≤ 1), or <see langword="null"/>: the first requests, in order.</summary>
    public double? Probability { get; }

    /// <summary>Seed of the reproducible draws, or <see langword="null"/> for one derived from the rule's text.</summary>
    public int? Seed { get; }

    /// <summary>Parses a spec such as <c>POST /api/v1/audit/logs status=500,500 retry-after=1</c>; see <see cref="SyntaxHelp"/>.</summary>
    /// <exception cref="FormatException">The spec breaks the grammar; the message says what and how to fix it, on one line.</exception>
    public static FaultRule Parse(string spec) => FaultSpec.Parse(spec);

    /// <summary>The rule as a spec that <see cref="Parse"/> reads back.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Method).Append(' ').Append(PathPattern);
        if (Outcomes.Count > 0)
        {
            text.Append(" status=").AppendJoin(',', Outcomes);
        }

        if (Probability is { } probability)
        {
            text.Append(" probability=").Append(probability.ToString(CultureInfo.InvariantCulture));
        }

        if (Seed is { } seed)
        {
            text.Append(" seed=").Append(seed);
        }

        if (RetryAfterSeconds is { } seconds)
        {
            text.Append(RetryAfterAsHttpDate ? " retry-after-date=" : " retry-after=").Append(seconds);
        }

        if (Latency > TimeSpan.Zero)
        {
            text.Append(" delay-ms=").Append((long)Latency.TotalMilliseconds);
        }

        if (ContentType is not null)
        {
            text.Append(" content-type=").Append(ContentType);
        }

        if (Body is not null)
        {
            text.Append(" body=").Append(Body);
        }

        return text.ToString();
    }

    /// <summary>Whether a request with this method and decoded path is subject to the rule.</summary>
    internal bool Matches(string method, string path) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) && PathGlob.IsMatch(PathPattern, path);
}
