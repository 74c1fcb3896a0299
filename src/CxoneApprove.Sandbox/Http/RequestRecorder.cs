using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CxoneApprove.Sandbox.Http;

/// <summary>
/// The outermost middleware: buffers the body, calls <see cref="SandboxOptions.BeforeRequest"/>, and records each request
/// with its status when the response starts, so a client that has its answer always finds the request recorded.
/// </summary>
internal sealed class RequestRecorder(SandboxOptions options)
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly TimeProvider _timeProvider = options.TimeProvider;
    private readonly Action<SandboxRequestLog>? _requestLogged = options.RequestLogged;
    private readonly Action<string, string>? _beforeRequest = options.BeforeRequest;

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

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var started = _timeProvider.GetTimestamp();
        var request = context.Request;
        var (path, query) = SplitRawTarget(context);
        var body = string.Empty;
        context.Response.OnStarting(() =>
        {
            Record(new RecordedRequest(request.Method, path, query, context.Response.StatusCode, CopyHeaders(request.Headers), body));
            Log(new SandboxRequestLog(request.Method, path, context.Response.StatusCode, (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds));
            return Task.CompletedTask;
        });

        try
        {
            _beforeRequest?.Invoke(request.Method, path);
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
            _requests.Add(recorded);
        }
    }

    private void Log(SandboxRequestLog line)
    {
        try
        {
            _requestLogged?.Invoke(line);
        }
        catch (Exception)
        {
            // A faulty observer must not break the API it observes.
        }
    }
}
