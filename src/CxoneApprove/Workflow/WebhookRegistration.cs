using CxoneApprove.Api;
using CxoneApprove.Workflow.Steps;

namespace CxoneApprove.Workflow;

/// <summary>
/// Makes sure of the compliance webhook once per run. The first template in input order that reaches the webhook step
/// lists and, when needed, registers it; every later template waits until each earlier one has either done so or ended
/// before the step, then reports that outcome instead of asking again. So which template registers does not depend
/// on timing.
/// </summary>
internal sealed class WebhookRegistration
{
    private readonly CxoneClient _client;
    private readonly ApprovalSettings _settings;
    private readonly WebhookSecretSource _secret;
    private readonly TimeProvider _time;
    private readonly TaskCompletionSource[] _resolved;
    private readonly Lock _gate = new();
    private Task<StepResult>? _outcome;

    public WebhookRegistration(CxoneClient client, ApprovalSettings settings, WebhookSecretSource secret, TimeProvider time, int templates)
    {
        _client = client;
        _settings = settings;
        _secret = secret;
        _time = time;
        _resolved = [.. Enumerable.Range(0, templates).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
    }

    /// <summary>Template <paramref name="index"/> will not (or will no longer) decide who registers.</summary>
    public void Resolved(int index)
    {
        if (index >= 0 && index < _resolved.Length)
        {
            _resolved[index].TrySetResult();
        }
    }

    /// <summary>The webhook step of template <paramref name="index"/>, whose URL is <paramref name="url"/>.</summary>
    public async Task<StepResult> EnsureAsync(int index, Uri url, CancellationToken cancellationToken)
    {
        var clock = StepClock.Start(_time, StepName.Webhook);
        await Task.WhenAll(_resolved.Take(Math.Clamp(index, 0, _resolved.Length)).Select(r => r.Task)).WaitAsync(cancellationToken);
        bool first;
        Task<StepResult> outcome;
        lock (_gate)
        {
            first = _outcome is null;
            outcome = _outcome ??= EnsureOnceAsync(url, cancellationToken);
        }

        Resolved(index);
        var result = await outcome;
        return first ? result : result with
        {
            Status = result.Status == StepStatus.Ok ? StepStatus.Skipped : result.Status,
            LatencyMs = clock.ElapsedMs,
            Attempts = 0,
            HttpStatus = null,
            Detail = "made sure of once for this run, by an earlier template",
        };
    }

    private async Task<StepResult> EnsureOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        var clock = StepClock.Start(_time, StepName.Webhook);
        var events = _settings.WebhookEvents;
        var list = await _client.ListWebhooksAsync(cancellationToken);
        var attempts = list.Attempts;
        if (list.IsSuccess && list.Value!.Any(w => SameUrl(w.Url, url) && events.All(e => w.Events?.Contains(e) == true)))
        {
            return clock.Skipped(attempts, list.HttpStatus, "already registered");
        }

        // A server without the listing extension (404/405) still takes the registration.
        if (!list.IsSuccess && list.HttpStatus is not (404 or 405))
        {
            return clock.Warning(attempts, list.Error, list.HttpStatus);
        }

        WebhookSecret secret;
        try
        {
            secret = _secret.Get();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new StepResult(StepName.Webhook, StepStatus.Warning, clock.ElapsedMs, attempts, null,
                $"could not store a generated webhook secret: {ex.Message}",
                "Give --webhook-secret-file or CXONE_WEBHOOK_SECRET, or make the state directory writable.");
        }

        var post = await _client.RegisterWebhookAsync(new WebhookRequest(url.AbsoluteUri, events, secret.Value),
            IdempotencyKeys.ForWebhook(url.AbsoluteUri, events), cancellationToken);
        attempts += post.Attempts;
        if (post.IsSuccess)
        {
            return clock.Ok(attempts, post.HttpStatus, $"secret {secret.Origin}");
        }

        // Refused for sure (no attempt went unanswered): a generated secret that nothing will sign with is not kept.
        var removed = !post.AnswerLost && DiscardQuietly();
        return clock.Warning(attempts, post.Error, post.HttpStatus) with
        {
            Detail = removed ? "the generated secret file was removed: the webhook was not registered" : null,
        };
    }

    private bool DiscardQuietly()
    {
        try
        {
            return _secret.DiscardGenerated();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool SameUrl(string? registered, Uri wanted) =>
        Uri.TryCreate(registered, UriKind.Absolute, out var uri) && Uri.Compare(uri, wanted, UriComponents.AbsoluteUri,
            UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
