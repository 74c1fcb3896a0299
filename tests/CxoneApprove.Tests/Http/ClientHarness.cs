using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CxoneApprove.Api;
using CxoneApprove.Auth;
using CxoneApprove.Diagnostics;
using CxoneApprove.Http;
using CxoneApprove.Tests.Time;
using RichardSzalay.MockHttp;

namespace CxoneApprove.Tests.Http;

/// <summary>
/// The real client pipeline (retry, timeouts, bearer, diagnostics) over a scripted fake server, in fake time.
/// Routes answer from a queue of scripted responses; every request is recorded with the fake time it arrived.
/// </summary>
internal sealed class ClientHarness : IDisposable
{
    public const string ClientSecret = "s3cr&t=+%/x";

    private static readonly HttpRequestOptionsKey<Exception> Thrown = new("harness.thrown");
    public static readonly Uri BaseUrl = new("https://acme.nicecxone.test/");

    private readonly CxoneConnection _connection;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>>> _routes = new();
    private int _tokenCounter;

    public ClientHarness(HttpSettings? settings = null, int tokenLifetimeSeconds = 3600)
    {
        TokenLifetimeSeconds = tokenLifetimeSeconds;
        // MockHttp is the fake network; its fallback answers from the scripts below.
        var handler = new MockHttpMessageHandler();
        handler.Fallback.Respond(async request =>
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync();
            HttpResponseMessage response;
            try
            {
                response = Answer(request, body);
            }
            catch (Exception ex)
            {
                // MockHttp never completes a request whose answer throws: hand the failure to the relay instead.
                request.Options.Set(Thrown, ex);
                response = new HttpResponseMessage(HttpStatusCode.InternalServerError);
            }

            response.RequestMessage = request;
            return response;
        });
        var config = new ClientConfig(BaseUrl, new ClientCredentials("client-1", ClientSecret, Endpoint.AllScopes),
            settings ?? new HttpSettings { Randomizer = () => 0 });
        Log = new StringWriter();
        var logger = LogFactory.Create(TextWriter.Synchronized(Log), verbose: true, json: false, Time);
        _connection = CxoneConnection.Open(config, Time, logger, Redactor, new ThrowingRelay(handler));
    }

    public TestClock Time { get; } = new();

    public SecretRedactor Redactor { get; } = new();

    public StringWriter Log { get; }

    public int TokenLifetimeSeconds { get; set; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public CxoneClient Client => _connection.Client;

    public TokenProvider Tokens => _connection.Tokens;

    public HttpClient RawApiClient => _connection.ApiHttp;

    public IEnumerable<Received> To(string method, string path) =>
        Requests.Where(r => r.Method == method && r.Path == path);

    /// <summary>Scripts the next answers of <paramref name="method"/> <paramref name="path"/>; after them, the default.</summary>
    public void Script(string method, string path, params Func<HttpRequestMessage, HttpResponseMessage>[] answers)
    {
        var queue = _routes.GetOrAdd(method + " " + path, _ => new());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    public static HttpResponseMessage Status(int status, string? json = null, Action<HttpResponseMessage>? configure = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(json ?? "{}", Encoding.UTF8, "application/json"),
        };
        configure?.Invoke(response);
        return response;
    }

    public static HttpResponseMessage Template(string id, string status = "PENDING", string updatedAt = "2026-11-20T08:30:00Z", string? etag = "\"v1\"") =>
        Status(200, $$$"""{"id":"{{{id}}}","name":"n","status":"{{{status}}}","content":"Hi. Reply STOP to opt out.","from_address":"12345","meta":{"created_at":"2026-11-01T10:00:00Z","updated_at":"{{{updatedAt}}}"}}""",
            r =>
            {
                if (etag is not null)
                {
                    r.Headers.ETag = System.Net.Http.Headers.EntityTagHeaderValue.Parse(etag);
                }
            });

    /// <summary>Runs <paramref name="work"/>, moving the fake clock forward only while the work waits on it.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work) => Time.RunAsync(work, TestContext.Current.CancellationToken);

    /// <summary>An answer whose headers arrive and whose body never does, until the attempt is cancelled.</summary>
    public HttpResponseMessage Stalled() => new(HttpStatusCode.OK) { Content = new StalledContent(Time) };

    public void Dispose() => _connection.Dispose();

    private HttpResponseMessage Answer(HttpRequestMessage request, string body)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Enqueue(new Received(request.Method.Method, path, Time.GetUtcNow(), request.Headers.Authorization?.Parameter,
            request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
            request.Headers.IfMatch.FirstOrDefault()?.ToString(), body));
        if (_routes.TryGetValue(request.Method.Method + " " + path, out var queue) && queue.TryDequeue(out var scripted))
        {
            return scripted(request);
        }

        if (path == "/oauth/token")
        {
            var n = Interlocked.Increment(ref _tokenCounter);
            return Status(200, $$"""{"access_token":"tok-{{n}}-abcdef","token_type":"Bearer","expires_in":{{TokenLifetimeSeconds}},"scope":"{{Endpoint.AllScopes}}"}""");
        }

        if (request.Method == HttpMethod.Get && path.StartsWith("/api/v1/messaging/templates/", StringComparison.Ordinal))
        {
            return Template(Uri.UnescapeDataString(path["/api/v1/messaging/templates/".Length..]));
        }

        if (request.Method == HttpMethod.Get && path == "/api/v1/webhooks")
        {
            return Status(200, "[]");
        }

        return Status(request.Method == HttpMethod.Put ? 200 : 201, request.Method == HttpMethod.Put ? body : "{}");
    }

    public sealed record Received(string Method, string Path, DateTimeOffset At, string? Bearer, string? IdempotencyKey, string? IfMatch, string Body);


    private sealed class StalledContent : HttpContent
    {
        private readonly TestClock _clock;

        public StalledContent(TestClock clock)
        {
            _clock = clock;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.Delay(Timeout.Infinite);

        protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
            Task.FromResult<Stream>(new StalledStream(_clock));

        protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new StalledStream(_clock));

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class StalledStream(TestClock clock) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            using (clock.Hang())
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return 0;
        }
    }

    /// <summary>Throws, as a network would, the failure a scripted answer raised (a dropped connection, a DNS error).</summary>
    private sealed class ThrowingRelay(HttpMessageHandler network) : DelegatingHandler(network)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Options.TryGetValue(Thrown, out var failure))
            {
                ((IDictionary<string, object?>)request.Options).Remove("harness.thrown");
                response.Dispose();
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            return response;
        }
    }
}
