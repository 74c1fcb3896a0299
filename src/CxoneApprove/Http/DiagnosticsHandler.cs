using System.Diagnostics;
using System.Globalization;
using System.Text;
using CxoneApprove.Diagnostics;
using Serilog;
using Serilog.Events;

namespace CxoneApprove.Http;

/// <summary>
/// The innermost handler: counts attempts and, under <c>--verbose</c>, logs every exchange — method, URL,
/// attempt, status, elapsed time, allow-listed headers (Authorization masked) and error bodies (truncated,
/// redacted). Request bodies are never logged: the token request and the webhook registration carry secrets.
/// </summary>
internal sealed class DiagnosticsHandler : DelegatingHandler
{
    private const int MaxLoggedBody = 2048;

    // Redaction by allow-list: a header not named here is never printed.
    private static readonly string[] RequestHeaders =
        ["Accept", "Content-Type", "If-Match", "Idempotency-Key", "User-Agent", "Authorization"];

    private static readonly string[] ResponseHeaders =
        ["Content-Type", "Content-Length", "ETag", "Retry-After", "WWW-Authenticate", "Location",
         "X-Request-Id", "X-Correlation-Id", "Request-Id", "Correlation-Id", "traceparent"];

    private readonly ILogger _log;
    private readonly SecretRedactor _redactor;
    private readonly TimeProvider _time;

    public DiagnosticsHandler(ILogger log, SecretRedactor redactor, TimeProvider time)
    {
        _log = log;
        _redactor = redactor;
        _time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = request.Options.TryGetValue(RequestTags.Attempts, out var counter) ? counter.Increment() : 1;
        var verbose = _log.IsEnabled(LogEventLevel.Debug);
        if (verbose)
        {
            _log.Debug("→ {Method} {Url} (attempt {Attempt}){Headers}", request.Method.Method,
                _redactor.Redact(request.RequestUri?.ToString()), attempt, FormatHeaders(RequestHeaders, request.Headers, request.Content?.Headers));
        }

        var started = _time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (verbose && ex is not OperationCanceledException)
        {
            _log.Debug("✗ {Method} {Url} failed after {ElapsedMs} ms (attempt {Attempt}): {Error}", request.Method.Method,
                _redactor.Redact(request.RequestUri?.ToString()), ElapsedMs(started), attempt, _redactor.Redact(ex.Message));
            throw;
        }

        if (verbose)
        {
            var status = (int)response.StatusCode;
            var body = status >= 400 ? await ReadErrorBodyAsync(response, cancellationToken) : null;
            _log.Debug("← {Status} {Reason} {Method} {Url} in {ElapsedMs} ms (attempt {Attempt}){Headers}{Body}",
                status, response.ReasonPhrase ?? "", request.Method.Method, _redactor.Redact(request.RequestUri?.ToString()),
                ElapsedMs(started), attempt, FormatHeaders(ResponseHeaders, response.Headers, response.Content.Headers),
                body is null ? "" : "\n    body: " + body);
        }

        return response;
    }

    private long ElapsedMs(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    private string FormatHeaders(string[] allowed, System.Net.Http.Headers.HttpHeaders headers, System.Net.Http.Headers.HttpHeaders? contentHeaders)
    {
        var text = new StringBuilder();
        foreach (var name in allowed)
        {
            if (!headers.TryGetValues(name, out var values) && (contentHeaders is null || !contentHeaders.TryGetValues(name, out values)))
            {
                continue;
            }

            var value = string.Join(", ", values);
            if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                var space = value.IndexOf(' ', StringComparison.Ordinal);
                value = (space > 0 ? value[..space] + " " : "") + SecretRedactor.Mask;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n    {name}: {_redactor.Redact(value)}");
        }

        return text.ToString();
    }

    private async Task<string> ReadErrorBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // Buffer it (bounded) so the client can still read the same body after us.
            await response.Content.LoadIntoBufferAsync(1024 * 1024, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > MaxLoggedBody)
            {
                body = string.Concat(body.AsSpan(0, MaxLoggedBody), $"… ({body.Length - MaxLoggedBody} more characters)");
            }

            return _redactor.Redact(body.ReplaceLineEndings(" "));
        }
        catch (HttpRequestException)
        {
            return "(body too large or unreadable)";
        }
    }
}
