using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Wire;

namespace CxoneApprove.Sandbox.Webhooks;

/// <summary>
/// Delivers events to the registered webhooks in the background, never delaying the API answer, and only to loopback
/// hosts: a URL elsewhere is recorded as not delivered. Every attempt is recorded in <see cref="SandboxState"/>.
/// </summary>
internal sealed class WebhookDispatcher : IAsyncDisposable
{
    private static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(5);

    private readonly SandboxState _state;
    private readonly TimeProvider _timeProvider;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _inFlight = [];

    public WebhookDispatcher(SandboxState state, TimeProvider timeProvider)
    {
        _state = state;
        _timeProvider = timeProvider;
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            ConnectTimeout = DeliveryTimeout,
            ConnectCallback = ConnectToLoopbackOnlyAsync,
        })
        {
            Timeout = DeliveryTimeout,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("cxone-approve-sandbox");
    }

    /// <summary>Starts a delivery of <paramref name="eventName"/> to each webhook subscribed to it; returns at once.</summary>
    public void Publish(string eventName, string templateId)
    {
        var occurredAt = _timeProvider.GetUtcNow();
        var body = JsonSerializer.SerializeToUtf8Bytes(
            new WebhookEventBody(eventName, templateId, ApiTimestamp.Format(occurredAt)),
            SandboxJsonContext.Default.WebhookEventBody);
        foreach (var webhook in _state.Webhooks.Where(webhook => webhook.Events.Contains(eventName)))
        {
            var signature = WebhookSignature.Compute(webhook.Secret, body);
            var attempt = new WebhookDelivery(webhook.Id, webhook.Url, eventName, Encoding.UTF8.GetString(body), signature, null, null, occurredAt);
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || !LoopbackAddress.IsLoopbackHost(url))
            {
                _state.Add(attempt with { Error = "not delivered: the sandbox only calls loopback hosts (127.0.0.0/8, localhost, ::1)" });
                continue;
            }

            Track(Task.Run(() => DeliverAsync(url, eventName, body, attempt)));
        }
    }

    /// <summary>Completes when every delivery started so far has finished and been recorded.</summary>
    public async Task WaitForDeliveriesAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task[] pending;
            lock (_gate)
            {
                pending = [.. _inFlight];
            }

            if (pending.Length == 0)
            {
                return;
            }

            await Task.WhenAll(pending).WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await WaitForDeliveriesAsync(CancellationToken.None);
        }
        finally
        {
            _http.Dispose();
            _stopping.Dispose();
        }
    }

    private void Track(Task delivery)
    {
        lock (_gate)
        {
            _inFlight.Add(delivery);
        }

        delivery.ContinueWith(
            finished =>
            {
                lock (_gate)
                {
                    _inFlight.Remove(finished);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task DeliverAsync(Uri url, string eventName, byte[] body, WebhookDelivery attempt)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Add(WebhookSignature.HeaderName, attempt.Signature);
            request.Headers.Add("X-Cxone-Event", eventName);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _stopping.Token);
            _state.Add(attempt with { StatusCode = (int)response.StatusCode });
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or IOException)
        {
            var reason = error is OperationCanceledException && !_stopping.IsCancellationRequested
                ? $"timed out after {DeliveryTimeout.TotalSeconds:0} s"
                : error.Message;
            _state.Add(attempt with { Error = reason });
        }
    }

    /// <summary>Resolves the host and connects only to a loopback address, whatever name the URL used.</summary>
    private static async ValueTask<Stream> ConnectToLoopbackOnlyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var loopback = addresses.FirstOrDefault(LoopbackAddress.IsLoopback)
            ?? throw new HttpRequestException($"{context.DnsEndPoint.Host} does not resolve to a loopback address; the sandbox only calls loopback hosts");
        var socket = new Socket(loopback.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(loopback, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
