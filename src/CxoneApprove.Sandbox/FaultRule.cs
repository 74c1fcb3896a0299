using System.Globalization;
using System.Text;

namespace CxoneApprove.Sandbox;

/// <summary>
/// A fault the sandbox injects into matching requests, to rehearse failures.
/// </summary>
/// <remarks>
/// <para>Spec grammar, as taken by <see cref="Parse"/> and <c>cxone-approve sandbox --fault</c>:</para>
/// <code>
/// &lt;METHOD&gt; &lt;PATH-GLOB&gt; [status=&lt;code&gt;[,&lt;code&gt;...]] [retry-after=&lt;s&gt; | retry-after-date=&lt;s&gt;] [delay-ms=&lt;ms&gt;] [content-type=&lt;type&gt;] [body=&lt;rest of the line&gt;]
/// </code>
/// <list type="bullet">
/// <item><c>METHOD</c>: an HTTP method (any case) or <c>*</c> for every method.</item>
/// <item><c>PATH-GLOB</c>: starts with <c>/</c>; <c>*</c> matches any run of characters, <c>/</c> included. Matched against the
/// decoded path, without the query.</item>
/// <item><c>status</c>: statuses (100-599) answered in order to the matching requests, one each, then requests pass through.
/// A 2xx status with no <c>body</c> lets that request through to the real handler (it still uses up its turn), so
/// <c>status=503,200,503</c> fails the first and third request only.</item>
/// <item><c>retry-after</c>: whole seconds sent as <c>Retry-After</c> with every injected status;
/// <c>retry-after-date</c> sends the same wait as an HTTP date instead.</item>
/// <item><c>delay-ms</c>: latency added to every matching request (on the sandbox clock), injected status or not.</item>
/// <item><c>content-type</c> and <c>body</c>: the raw answer for injected statuses, to rehearse malformed replies. <c>body=</c>
/// takes the rest of the spec verbatim, spaces included, so it comes last. Without them the answer is
/// <c>{"error":"injected_fault","message":"..."}</c> as application/json.</item>
/// </list>
/// <para>When several rules match a request, all their delays add up, and the first rule with statuses left answers.</para>
/// </remarks>
public sealed class FaultRule
{
    /// <summary>The grammar of a fault spec, for help text and error messages.</summary>
    public const string SyntaxHelp =
        "<METHOD|*> <PATH-GLOB> [status=<code>[,<code>...]] [retry-after=<s> | retry-after-date=<s>] [delay-ms=<ms>] [content-type=<type>] [body=<rest of line>]\n" +
        "  '*' in the path matches across '/'; statuses are answered in order, then requests pass through;\n" +
        "  a 2xx status without body= lets that request through; body= must come last.\n" +
        "  e.g. \"PUT /api/v1/messaging/templates/* status=503,503 retry-after=2\"  \"* /api/v1/* delay-ms=300\"\n" +
        "       \"GET /api/v1/messaging/templates/* status=200 content-type=text/html body=<html>proxy error</html>\"";

    private const int MaxDelayMs = 600_000;
    private const int MaxRetryAfterSeconds = 86_400;
    private static readonly string[] Keys = ["status", "retry-after", "retry-after-date", "delay-ms", "content-type", "body"];

    /// <summary>Creates a rule; the arguments follow the same rules as the spec grammar (see <see cref="SyntaxHelp"/>).</summary>
    /// <exception cref="ArgumentException">An argument breaks the grammar's rules.</exception>
    public FaultRule(
        string method,
        string pathPattern,
        IEnumerable<int>? statuses = null,
        int? retryAfterSeconds = null,
        TimeSpan latency = default,
        string? body = null,
        string? contentType = null,
        bool retryAfterAsHttpDate = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathPattern);
        var statusList = statuses?.ToArray() ?? [];
        var problem = Check(method, pathPattern, statusList, retryAfterSeconds, latency, body, contentType, retryAfterAsHttpDate);
        if (problem is not null)
        {
            throw new ArgumentException(problem);
        }

        Method = method == "*" ? "*" : method.ToUpperInvariant();
        PathPattern = pathPattern;
        Statuses = statusList;
        RetryAfterSeconds = retryAfterSeconds;
        RetryAfterAsHttpDate = retryAfterAsHttpDate;
        Latency = latency;
        Body = body;
        ContentType = contentType;
    }

    /// <summary>Upper-case HTTP method, or <c>*</c> for any.</summary>
    public string Method { get; }

    /// <summary>Path glob; <c>*</c> matches within and across segments.</summary>
    public string PathPattern { get; }

    /// <summary>Statuses answered in order to matching requests, then pass through. Empty: latency only.</summary>
    public IReadOnlyList<int> Statuses { get; }

    /// <summary>Seconds sent as <c>Retry-After</c> with every injected status, or <see langword="null"/> for none.</summary>
    public int? RetryAfterSeconds { get; }

    /// <summary>Whether <c>Retry-After</c> is sent as an HTTP date (now + <see cref="RetryAfterSeconds"/>) instead of seconds.</summary>
    public bool RetryAfterAsHttpDate { get; }

    /// <summary>Added to every matching request, before it is answered.</summary>
    public TimeSpan Latency { get; }

    /// <summary>Raw body of the injected answers, or <see langword="null"/> for the JSON <c>injected_fault</c> error.</summary>
    public string? Body { get; }

    /// <summary>Content type of the injected answers, or <see langword="null"/> for the default.</summary>
    public string? ContentType { get; }

    /// <summary>Parses a spec such as <c>POST /api/v1/audit/logs status=500,500 retry-after=1</c>; see <see cref="SyntaxHelp"/>.</summary>
    /// <exception cref="FormatException">The spec breaks the grammar; the message says what and how to fix it, on one line.</exception>
    public static FaultRule Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var rest = spec.Trim();
        var method = TakeToken(ref rest);
        var path = TakeToken(ref rest);
        if (method.Length == 0 || path.Length == 0)
        {
            throw Invalid(spec, "expected '<METHOD> <PATH-GLOB> [options]', e.g. 'PUT /api/v1/messaging/templates/* status=503'");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        int[] statuses = [];
        int? retryAfter = null;
        var retryAfterAsDate = false;
        var latency = TimeSpan.Zero;
        string? contentType = null;
        string? body = null;
        while (rest.Length > 0)
        {
            if (rest.StartsWith("body=", StringComparison.Ordinal))
            {
                seen.Add("body");
                body = rest["body=".Length..];
                break;
            }

            var option = TakeToken(ref rest);
            var equals = option.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? option : option[..equals];
            var value = equals < 0 ? null : option[(equals + 1)..];
            if (!Keys.Contains(key))
            {
                throw Invalid(spec, $"unknown option '{key}'; known: {string.Join(", ", Keys.Select(known => known + "="))}");
            }

            if (value is null || value.Length == 0)
            {
                throw Invalid(spec, $"'{key}=' needs a value");
            }

            if (!seen.Add(key) || (key.StartsWith("retry-after", StringComparison.Ordinal) && retryAfter is not null))
            {
                throw Invalid(spec, $"'{key}' is given twice (use one retry-after or retry-after-date)");
            }

            switch (key)
            {
                case "status":
                    statuses = ParseStatuses(spec, value);
                    break;
                case "retry-after":
                case "retry-after-date":
                    retryAfter = ParseNumber(spec, key, value, 0, MaxRetryAfterSeconds);
                    retryAfterAsDate = key == "retry-after-date";
                    break;
                case "delay-ms":
                    latency = TimeSpan.FromMilliseconds(ParseNumber(spec, key, value, 0, MaxDelayMs));
                    break;
                default:
                    contentType = value;
                    break;
            }
        }

        try
        {
            return new FaultRule(method, path, statuses, retryAfter, latency, body, contentType, retryAfterAsDate);
        }
        catch (ArgumentException problem)
        {
            throw Invalid(spec, problem.Message);
        }
    }

    /// <summary>The rule as a spec that <see cref="Parse"/> reads back.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Method).Append(' ').Append(PathPattern);
        if (Statuses.Count > 0)
        {
            text.Append(" status=").AppendJoin(',', Statuses);
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

    private static string? Check(
        string method,
        string path,
        int[] statuses,
        int? retryAfter,
        TimeSpan latency,
        string? body,
        string? contentType,
        bool retryAfterAsDate)
    {
        if (method != "*" && (method.Length == 0 || !method.All(char.IsAsciiLetter)))
        {
            return $"method '{method}' must be an HTTP method such as GET, PUT, POST, or '*' for any";
        }

        if (!path.StartsWith('/') || path.Any(char.IsWhiteSpace))
        {
            return $"path glob '{path}' must start with '/' and hold no spaces, e.g. '/api/v1/messaging/templates/*'";
        }

        var badStatus = statuses.FirstOrDefault(status => status is < 100 or > 599);
        if (badStatus != 0)
        {
            return $"status {badStatus} is not an HTTP status (100-599)";
        }

        if (retryAfter is < 0 or > MaxRetryAfterSeconds)
        {
            return $"retry-after must be 0-{MaxRetryAfterSeconds} seconds";
        }

        if (retryAfterAsDate && retryAfter is null)
        {
            return "an HTTP-date Retry-After needs its number of seconds";
        }

        if (latency < TimeSpan.Zero || latency > TimeSpan.FromMilliseconds(MaxDelayMs))
        {
            return $"delay-ms must be 0-{MaxDelayMs}";
        }

        if (statuses.Length == 0 && (body is not null || contentType is not null || retryAfter is not null))
        {
            return "retry-after, content-type and body apply to injected answers only: add status=<code>";
        }

        if (statuses.Length == 0 && latency == TimeSpan.Zero)
        {
            return "the rule does nothing: add status=<code>[,<code>...] and/or delay-ms=<ms>";
        }

        return null;
    }

    private static int[] ParseStatuses(string spec, string value)
    {
        var parts = value.Split(',');
        var statuses = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            statuses[i] = ParseNumber(spec, "status", parts[i], 100, 599);
        }

        return statuses;
    }

    private static int ParseNumber(string spec, string key, string value, int min, int max)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            throw Invalid(spec, $"{key} value '{value}' must be a whole number from {min} to {max}");
        }

        return number;
    }

    private static string TakeToken(ref string rest)
    {
        rest = rest.TrimStart();
        var end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
        {
            end++;
        }

        var token = rest[..end];
        rest = rest[end..].TrimStart();
        return token;
    }

    private static FormatException Invalid(string spec, string problem) =>
        new($"invalid fault '{spec.ReplaceLineEndings(" ")}': {problem}. Syntax: <METHOD|*> <PATH-GLOB> [status=503,200] [retry-after=<s>] [delay-ms=<ms>] [content-type=<type>] [body=<text>]");
}
