using System.Net.Http.Headers;
using CxoneApprove.Diagnostics;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace CxoneApprove.Http;

/// <summary>
/// The innermost handler: counts attempts and, under <c>--verbose</c>, logs every exchange for support staff — method,
/// URL, attempt, status, elapsed time, the allow-listed headers (Authorization masked) as fields, and both bodies with
/// their secret fields masked (a body that is not JSON is summarised). The template id and timestamp come from the logger.
/// </summary>
internal sealed class DiagnosticsHandler : DelegatingHandler
{
    // Redaction by allow-list: a header not named here is never printed.
    private static readonly string[] RequestHeaders =
        ["Accept", "Content-Type", "If-Match", "Idempotency-Key", "User-Agent", "Authorization"];

    private static readonly string[] ResponseHeaders =
        ["Content-Type", "Content-Length", "ETag", "Retry-After", "WWW-Authenticate", "Location",
         "X-Request-Id", "X-Correlation-Id", "Request-Id", "Correlation-Id", "traceparent", "Date"];

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
        var url = _redactor.Redact(request.RequestUri?.ToString());
        if (verbose)
        {
            var body = request.Content is ByteArrayContent content
                ? ExchangeBody.Describe(await content.ReadAsByteArrayAsync(cancellationToken), content.Headers.ContentType, _redactor)
                : null;
            With(Headers(RequestHeaders, request.Headers, request.Content?.Headers), body)
                .Debug("→ {Method} {Url} (attempt {Attempt})", request.Method.Method, url, attempt);
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
                url, ElapsedMs(started), attempt, _redactor.Redact(ex.Message));
            throw;
        }

        if (verbose)
        {
            // The bounded body read below us has buffered it: reading it here leaves it for the client.
            var body = ExchangeBody.Describe(await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentType, _redactor);
            With(Headers(ResponseHeaders, response.Headers, response.Content.Headers), body)
                .Debug("← {Status} {Reason} {Method} {Url} in {ElapsedMs} ms (attempt {Attempt})",
                    (int)response.StatusCode, response.ReasonPhrase ?? "", request.Method.Method, url, ElapsedMs(started), attempt);
        }

        return response;
    }

    private ILogger With(StructureValue headers, string? body)
    {
        LogEventProperty[] fields = body is null
            ? [new(LogProperties.Headers, headers)]
            : [new(LogProperties.Headers, headers), new(LogProperties.Body, new ScalarValue(body))];
        return _log.ForContext(new Fields(fields));
    }

    private long ElapsedMs(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    private StructureValue Headers(string[] allowed, HttpHeaders headers, HttpHeaders? contentHeaders)
    {
        var fields = new List<LogEventProperty>();
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

            fields.Add(new LogEventProperty(name, new ScalarValue(_redactor.Redact(value))));
        }

        return new StructureValue(fields);
    }

    /// <summary>Adds ready-made properties to an event (headers as a structure: one field each in JSON).</summary>
    private sealed class Fields(LogEventProperty[] properties) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
        {
            foreach (var property in properties)
            {
                logEvent.AddOrUpdateProperty(property);
            }
        }
    }
}
