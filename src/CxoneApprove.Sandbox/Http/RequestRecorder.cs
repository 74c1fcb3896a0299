using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// The outermost middleware of the API: buffers the body, calls the host's hook on arrival, and records and counts each
/// request with its status when the response starts, so a client that has its answer always finds the request recorded.
/// A request whose connection a fault closes is recorded just before that.
/// </summary>
/// <param name="timeProvider">The sandbox clock, for elapsed times.</param>
/// <param name="requestLogged">Called once per request with one log line's worth; its exceptions are ignored.</param>
/// <param name="beforeRequest">Called with (method, raw path) on arrival, before anything else happens to the request.</param>
/// <param name="historyLimit">How many of the latest requests to keep; null keeps all.</param>
internal sealed class RequestRecorder(
    TimeProvider timeProvider, Action<SandboxRequestLog>? requestLogged, Action<string, string>? beforeRequest, int? historyLimit)
{
    private readonly Lock _gate = new();
    private readonly Queue<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Counts of everything recorded so far.</summary>
    public RequestStats Stats { get; } = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = timeProvider.GetTimestamp();
        var request = context.Request;
        var (path, query) = SplitRawTarget(context);
        var body = string.Empty;
        var recorded = 0;
        void Done(int statusCode, ConnectionFault fault)
        {
            // Once: the server may still start an (unsendable) response after a fault closed the connection.
            if (Interlocked.Exchange(ref recorded, 1) == 1)
            {
                return;
            }

            Record(new RecordedRequest(request.Method, path, query, statusCode, CopyHeaders(request.Headers), body) { Fault = fault });
            Stats.Count(statusCode, fault, SignInPaths.Contains(request.Path));
            var elapsed = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
            Log(new SandboxRequestLog(request.Method, path, statusCode, elapsed) { Fault = fault });
        }

        context.Features.Set(new ExchangeRecording(Done));
        context.Response.OnStarting(() =>
        {
            Done(context.Response.StatusCode, ConnectionFault.None);
            return Task.CompletedTask;
        });

        try
        {
            beforeRequest?.Invoke(request.Method, path);
            body = Encoding.UTF8.GetString(await RequestBody.BufferAsync(context));
            await next(context);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            await ApiResult.Error(error.StatusCode, "invalid_request", error.Message).WriteAsync(context);
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            await ApiResult.Error(StatusCodes.Status500InternalServerError, "internal_error", $"sandbox error: {error.Message}").WriteAsync(context);
        }
    }

    private static (string Path, string? Query) SplitRawTarget(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget) || rawTarget[0] != '/')
        {
            var query = context.Request.QueryString.Value;
            return (context.Request.Path.Value ?? "/", string.IsNullOrEmpty(query) ? null : query[1..]);
        }

        var mark = rawTarget.IndexOf('?', StringComparison.Ordinal);
        return mark < 0 ? (rawTarget, null) : (rawTarget[..mark], rawTarget[(mark + 1)..]);
    }

    private static Dictionary<string, string> CopyHeaders(IHeaderDictionary headers)
    {
        var copy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            copy[name] = string.Join(", ", values.AsEnumerable());
        }

        return copy;
    }

    private void Record(RecordedRequest recorded)
    {
        lock (_gate)
        {
            _requests.Enqueue(recorded);
            if (_requests.Count > historyLimit)
            {
                _requests.Dequeue();
            }
        }
    }

    private void Log(SandboxRequestLog line)
    {
        try
        {
            requestLogged?.Invoke(line);
        }
        catch (Exception)
        {
            // A faulty observer must not break the API it observes.
        }
    }
}
