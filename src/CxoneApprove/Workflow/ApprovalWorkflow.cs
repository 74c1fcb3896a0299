using System.Globalization;
using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Auth;
using CxoneApprove.Compliance;
using Serilog;

namespace CxoneApprove.Workflow;

/// <summary>
/// Approves one template: token → fetch → validate → approve → a2p_register → webhook → audit, each step timed.
/// Failures become step results and an outcome with its exit code; nothing here writes to the console.
/// </summary>
internal sealed class ApprovalWorkflow
{
    private readonly CxoneClient _client;
    private readonly TokenProvider _tokens;
    private readonly TimeProvider _time;
    private readonly ApprovalSettings _settings;
    private readonly WebhookSecretSource _webhookSecret;
    private readonly AuditJournal? _journal;
    private readonly string _baseUrl;
    private readonly ILogger _log;
    private readonly Lock _webhookGate = new();
    private Task<StepResult>? _webhook;

    public ApprovalWorkflow(CxoneClient client, TokenProvider tokens, TimeProvider time, ApprovalSettings settings,
        WebhookSecretSource webhookSecret, AuditJournal? journal, string baseUrl, ILogger log)
    {
        _client = client;
        _tokens = tokens;
        _time = time;
        _settings = settings;
        _webhookSecret = webhookSecret;
        _journal = journal;
        _baseUrl = baseUrl;
        _log = log;
    }

    /// <summary>
    /// Runs every step for <paramref name="templateId"/>. When <paramref name="cancellationToken"/> fires mid-way, the
    /// steps done so far are kept and the one in flight is reported: as <c>cancelled</c> (exit 130) when
    /// <paramref name="userCancellation"/> fired (Ctrl+C), else as out of time (exit 7).
    /// </summary>
    public async Task<TemplateResult> RunAsync(string templateId, CancellationToken cancellationToken, CancellationToken userCancellation = default)
    {
        var run = new Run(templateId, _time.GetTimestamp());
        try
        {
            return await RunStepsAsync(run, templateId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var cancelled = userCancellation.IsCancellationRequested;
            run.Steps.Add(new StepResult(run.Current, StepStatus.Failed, Ms(run.CurrentStarted), 0, null,
                cancelled ? "cancelled (Ctrl+C / SIGTERM)" : "the run ran out of time (--timeout)",
                cancelled ? null : "Raise --timeout, or look for a slow or unreachable server with --verbose."));
            return Finish(run, cancelled ? Outcomes.Cancelled : Outcomes.Failed, cancelled ? ExitCodes.Cancelled : ExitCodes.Transient,
                cancelled ? "cancelled" : "out of time");
        }
    }

    private async Task<TemplateResult> RunStepsAsync(Run run, string templateId, CancellationToken cancellationToken)
    {
        // token
        run.Begin(StepNames.Token, _time.GetTimestamp());
        var started = _time.GetTimestamp();
        try
        {
            var lease = await _tokens.GetAsync(cancellationToken);
            run.Steps.Add(new StepResult(StepNames.Token, StepStatus.Ok, Ms(started), lease.Attempts, lease.HttpStatus, null, null)
            {
                Detail = lease.Attempts == 0 ? "cached token" : null,
            });
        }
        catch (ApiException ex)
        {
            run.Steps.Add(Failed(StepNames.Token, started, 0, ex.Error));
            return Finish(run, Outcomes.Failed, ex.Error.ExitCode, "no token");
        }

        // fetch (the audit latency starts here: the tutorial's validation begins with the fetch)
        run.LatencyStart = _time.GetTimestamp();
        run.Begin(StepNames.Fetch, run.LatencyStart);
        var fetch = await _client.GetTemplateAsync(templateId, cancellationToken);
        if (!fetch.IsSuccess)
        {
            run.Steps.Add(Failed(StepNames.Fetch, run.LatencyStart, fetch.Attempts, fetch.Error, fetch.HttpStatus));
            return Finish(run, Outcomes.Failed, fetch.Error.ExitCode, "template not fetched");
        }

        var fetched = fetch.Value!;
        run.Steps.Add(new StepResult(StepNames.Fetch, StepStatus.Ok, Ms(run.LatencyStart), fetch.Attempts, fetch.HttpStatus, null, null)
        {
            Detail = $"status {fetched.Template.Status ?? "unknown"}",
        });

        // validate
        if (!Validate(run, fetched))
        {
            return Finish(run, Outcomes.Invalid, ExitCodes.Invalid, "template is not compliant");
        }

        if (_settings.DryRun)
        {
            return Finish(run, Outcomes.Valid, ExitCodes.Success, "--dry-run");
        }

        // approve
        run.Begin(StepNames.Approve, _time.GetTimestamp());
        var approved = await ApproveAsync(run, templateId, fetched, cancellationToken);
        if (approved is null)
        {
            return Finish(run, run.Outcome ?? Outcomes.Failed, run.ExitCode, "template not approved");
        }

        // a2p_register
        started = _time.GetTimestamp();
        run.Begin(StepNames.A2pRegister, started);
        var registration = new A2pRegistrationRequest(templateId, _settings.CampaignName, _settings.MessageClass, _settings.OptInLanguage);
        var a2p = await _client.RegisterA2pAsync(registration, IdempotencyKeys.For(templateId, approved.Version, StepNames.A2pRegister), cancellationToken);
        var latency = (long)_time.GetElapsedTime(run.LatencyStart).TotalMilliseconds;
        if (!a2p.IsSuccess)
        {
            run.Steps.Add(Failed(StepNames.A2pRegister, started, a2p.Attempts, a2p.Error, a2p.HttpStatus));
            return Finish(run, Outcomes.Failed, a2p.Error.ExitCode, "A2P registration failed");
        }

        run.Steps.Add(new StepResult(StepNames.A2pRegister, StepStatus.Ok, Ms(started), a2p.Attempts, a2p.HttpStatus, null, null));

        // webhook (a failure is a warning: the template stays approved)
        run.Begin(StepNames.Webhook, _time.GetTimestamp());
        await EnsureWebhookAsync(run, cancellationToken);

        // audit
        run.Begin(StepNames.Audit, _time.GetTimestamp());
        var outcome = run.Outcome ?? Outcomes.Approved;
        var record = new AuditRecord
        {
            Timestamp = _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            TemplateId = templateId,
            Status = "APPROVED",
            LatencyMs = Math.Max(0, latency),
            OperatorId = _settings.OperatorId,
            CarrierReady = run.Validation?.Valid ?? false,
        };
        await PublishAuditAsync(run, record, IdempotencyKeys.For(templateId, approved.Version, StepNames.Audit + ":" + outcome), cancellationToken);
        return Finish(run, outcome, ExitCodes.Success, "");
    }

    /// <summary>
    /// Records a template that could not finish — cancelled (Ctrl+C), out of time, or an internal error —
    /// with a single failed step; the journal keeps it too.
    /// </summary>
    public TemplateResult Abandoned(string templateId, string outcome, int exitCode, string error, string? hint)
    {
        var run = new Run(templateId, _time.GetTimestamp()) { ExitCode = exitCode };
        run.Steps.Add(new StepResult(StepNames.Token, outcome == Outcomes.Cancelled ? StepStatus.Skipped : StepStatus.Failed, 0, 0, null, error, hint));
        return Finish(run, outcome, exitCode, outcome);
    }

    private bool Validate(Run run, FetchedTemplate fetched)
    {
        var started = _time.GetTimestamp();
        var report = TemplateValidator.Validate(fetched.Template.Content, fetched.Template.FromAddress, _settings.Compliance);
        run.Validation = report;
        run.Steps.Add(ValidationStep.From(report, Ms(started)));
        return report.Valid;
    }

    /// <summary>The approved template's version for the later steps, or null when the run stops here.</summary>
    private async Task<FetchedTemplate?> ApproveAsync(Run run, string templateId, FetchedTemplate fetched, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        if (IsApproved(fetched))
        {
            run.Outcome = Outcomes.AlreadyApproved;
            run.Steps.Add(new StepResult(StepNames.Approve, StepStatus.Skipped, 0, 0, null, null, null) { Detail = "already approved" });
            return fetched;
        }

        var attempts = 0;
        for (var round = 0; ; round++)
        {
            var put = await _client.ApproveTemplateAsync(templateId, fetched, cancellationToken);
            attempts += put.Attempts;
            if (put.IsSuccess)
            {
                run.Steps.Add(new StepResult(StepNames.Approve, StepStatus.Ok, Ms(started), attempts, put.HttpStatus, null, null));
                return put.Value ?? await VersionAfterApprovalAsync(templateId, fetched, cancellationToken);
            }

            if (put.Error.Category == ErrorCategory.Validation)
            {
                run.Steps.Add(Failed(StepNames.Approve, started, attempts, put.Error, put.HttpStatus));
                run.Outcome = Outcomes.Invalid;
                run.ExitCode = ExitCodes.Invalid;
                return null;
            }

            if (put.Error.Category != ErrorCategory.Conflict || round > 0)
            {
                run.Steps.Add(Failed(StepNames.Approve, started, attempts, put.Error, put.HttpStatus));
                run.ExitCode = put.Error.ExitCode;
                return null;
            }

            // 409: fetch the latest state and decide (the tutorial's fix).
            _log.Information("{TemplateId}: approve conflicted (409); fetching the latest state", templateId);
            var latest = await _client.GetTemplateAsync(templateId, cancellationToken);
            attempts += latest.Attempts;
            if (!latest.IsSuccess)
            {
                run.Steps.Add(Failed(StepNames.Approve, started, attempts, latest.Error, latest.HttpStatus));
                run.ExitCode = latest.Error.ExitCode;
                return null;
            }

            var current = latest.Value!;
            if (IsApproved(current))
            {
                run.Outcome = Outcomes.AlreadyApproved;
                run.Steps.Add(new StepResult(StepNames.Approve, StepStatus.Skipped, Ms(started), attempts, put.HttpStatus, null, null)
                {
                    Detail = "already approved by another process (409)",
                });
                return current;
            }

            if (string.Equals(current.Template.Meta?.UpdatedAt, fetched.Template.Meta?.UpdatedAt, StringComparison.Ordinal)
                && string.Equals(current.ETag, fetched.ETag, StringComparison.Ordinal))
            {
                run.Steps.Add(Failed(StepNames.Approve, started, attempts, put.Error, put.HttpStatus));
                run.ExitCode = put.Error.ExitCode;
                return null;
            }

            // The template changed under us: check the new content before approving it.
            _log.Information("{TemplateId}: changed since it was fetched (updated_at {Before} → {After}); validating again",
                templateId, fetched.Template.Meta?.UpdatedAt ?? "?", current.Template.Meta?.UpdatedAt ?? "?");
            if (!Validate(run, current))
            {
                run.Outcome = Outcomes.Invalid;
                run.ExitCode = ExitCodes.Invalid;
                return null;
            }

            fetched = current;
        }
    }

    // A 204 carries no new version: read it back so re-runs derive the same idempotency keys.
    private async Task<FetchedTemplate> VersionAfterApprovalAsync(string templateId, FetchedTemplate fetched, CancellationToken cancellationToken)
    {
        var reread = await _client.GetTemplateAsync(templateId, cancellationToken);
        return reread.IsSuccess ? reread.Value! : fetched;
    }

    // The webhook is per URL, not per template: the first template of the run makes sure of it, the others
    // report that outcome instead of listing and registering again.
    private async Task EnsureWebhookAsync(Run run, CancellationToken cancellationToken)
    {
        if (_settings.WebhookUrl is not { } url)
        {
            run.Steps.Add(new StepResult(StepNames.Webhook, StepStatus.Skipped, 0, 0, null, null, null) { Detail = "no --webhook-url" });
            return;
        }

        var started = _time.GetTimestamp();
        Task<StepResult> shared;
        bool first;
        lock (_webhookGate)
        {
            first = _webhook is null;
            shared = _webhook ??= EnsureWebhookOnceAsync(url, cancellationToken);
        }

        var result = await shared;
        run.Steps.Add(first ? result : result with
        {
            Status = result.Status == StepStatus.Ok ? StepStatus.Skipped : result.Status,
            LatencyMs = Ms(started),
            Attempts = 0,
            HttpStatus = null,
            Detail = "made sure of once for this run, by an earlier template",
        });
    }

    private async Task<StepResult> EnsureWebhookOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var attempts = 0;
        var list = await _client.ListWebhooksAsync(cancellationToken);
        attempts += list.Attempts;
        if (list.IsSuccess && list.Value!.Any(w => SameUrl(w.Url, url) && _settings.WebhookEvents.All(e => w.Events?.Contains(e) == true)))
        {
            return new StepResult(StepNames.Webhook, StepStatus.Skipped, Ms(started), attempts, list.HttpStatus, null, null)
            {
                Detail = "already registered",
            };
        }

        // A server without the listing extension (404/405) still takes the registration.
        if (!list.IsSuccess && list.HttpStatus is not (404 or 405))
        {
            return Warning(StepNames.Webhook, started, attempts, list.Error, list.HttpStatus);
        }

        WebhookSecret secret;
        try
        {
            secret = _webhookSecret.Get();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new StepResult(StepNames.Webhook, StepStatus.Warning, Ms(started), attempts, null,
                $"could not store a generated webhook secret: {ex.Message}",
                "Give --webhook-secret-file or CXONE_WEBHOOK_SECRET, or make the state directory writable.");
        }

        var events = _settings.WebhookEvents;
        var post = await _client.RegisterWebhookAsync(new WebhookRequest(url.AbsoluteUri, events, secret.Value),
            IdempotencyKeys.ForWebhook(url.AbsoluteUri, events), cancellationToken);
        attempts += post.Attempts;
        return post.IsSuccess
            ? new StepResult(StepNames.Webhook, StepStatus.Ok, Ms(started), attempts, post.HttpStatus, null, null) { Detail = $"secret {secret.Origin}" }
            : Warning(StepNames.Webhook, started, attempts, post.Error, post.HttpStatus);
    }

    private async Task PublishAuditAsync(Run run, AuditRecord record, string key, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        run.Audit = record;
        run.AuditKey = key;
        var publish = await _client.PublishAuditAsync(record, key, cancellationToken);
        run.AuditPublished = publish.IsSuccess;
        run.Steps.Add(publish.IsSuccess
            ? new StepResult(StepNames.Audit, StepStatus.Ok, Ms(started), publish.Attempts, publish.HttpStatus, null, null)
            : Warning(StepNames.Audit, started, publish.Attempts, publish.Error, publish.HttpStatus) with
            {
                Hint = publish.Error.Hint + (_journal is null ? "" : $" The record is kept in {_journal.Path}; publish it later with `cxone-approve audit flush`."),
            });
    }

    private TemplateResult Finish(Run run, string outcome, int exitCode, string skipReason)
    {
        var steps = run.Steps.Complete(string.IsNullOrEmpty(skipReason) ? "not needed" : skipReason);
        var result = new TemplateResult(run.TemplateId, outcome, exitCode, Ms(run.Started), run.Validation, steps);
        Journal(run, result);
        return result;
    }

    // Written before the outcome is reported: a record that could not be published is never lost.
    private void Journal(Run run, TemplateResult result)
    {
        if (_journal is null)
        {
            return;
        }

        _journal.Append(new JournalEntry
        {
            Kind = JournalEntry.OutcomeKind,
            // One id per line: the idempotency key may repeat across re-runs of the same approval, on purpose.
            RecordId = Guid.NewGuid().ToString("N"),
            RecordedAt = _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            TemplateId = run.TemplateId,
            Outcome = result.Outcome,
            ExitCode = result.ExitCode,
            BaseUrl = _baseUrl,
            IdempotencyKey = run.AuditKey,
            Audit = run.Audit,
            Steps = [.. result.Steps.Select(s => new JournalStep(s.Name, s.Status, s.LatencyMs))],
            Published = run.AuditPublished,
        });
    }

    private static bool IsApproved(FetchedTemplate fetched) =>
        string.Equals(fetched.Template.Status, "APPROVED", StringComparison.OrdinalIgnoreCase);

    private static bool SameUrl(string? registered, Uri wanted) =>
        Uri.TryCreate(registered, UriKind.Absolute, out var uri) && Uri.Compare(uri, wanted, UriComponents.AbsoluteUri,
            UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private long Ms(long started) => (long)_time.GetElapsedTime(started).TotalMilliseconds;

    private StepResult Failed(string name, long started, int attempts, ApiError error, int? status = null) =>
        new(name, StepStatus.Failed, Ms(started), attempts, status ?? error.HttpStatus, error.Message, error.Hint);

    private StepResult Warning(string name, long started, int attempts, ApiError error, int? status) =>
        new(name, StepStatus.Warning, Ms(started), attempts, status ?? error.HttpStatus, error.Message, error.Hint);

    private sealed class Run(string templateId, long started)
    {
        public string TemplateId { get; } = templateId;
        public long Started { get; } = started;
        public long LatencyStart { get; set; } = started;
        public StepLog Steps { get; } = new();
        public ValidationReport? Validation { get; set; }
        public string? Outcome { get; set; }
        public int ExitCode { get; set; } = ExitCodes.Internal;
        public AuditRecord? Audit { get; set; }
        public string? AuditKey { get; set; }
        public bool AuditPublished { get; set; }

        /// <summary>The step in flight, for reporting an interruption.</summary>
        public string Current { get; private set; } = StepNames.Token;

        public long CurrentStarted { get; private set; } = started;

        public void Begin(string step, long at)
        {
            Current = step;
            CurrentStarted = at;
        }
    }
}
