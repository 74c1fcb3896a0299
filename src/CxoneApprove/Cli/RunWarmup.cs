using System.Security.Cryptography;
using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Compliance;
using CxoneApprove.Workflow;
using CxoneApprove.Workflow.Steps;

namespace CxoneApprove.Cli;

/// <summary>
/// First-use costs every run that connects pays before its answers can be read, paid on a second thread while the main
/// one resolves the settings, checks the outputs and opens the connection: the platform's cryptography library (OpenSSL on
/// Linux, loaded and initialised on first use: about 5 ms, needed by TLS and by the idempotency keys), then the JSON
/// contracts of the calls in the order the run makes them, then the validator's tables. Nothing is sent and nothing is
/// written: the run does all of it again, and finds it done. A failure here is the run's to report, so it is ignored.
/// </summary>
/// <remarks>
/// Disposing waits for the thread: a process must not exit while the cryptography library is half initialised on
/// another thread (its exit handlers would run against it). By then the thread has long finished, except when the run
/// stopped in its first milliseconds (a preflight failure), and then it waits a few.
/// </remarks>
internal sealed class RunWarmup : IDisposable
{
    private readonly Thread _thread;

    private RunWarmup(ComplianceOptions compliance, TimeProvider time)
    {
        _thread = new Thread(() => Warm(compliance, time)) { IsBackground = true, Name = "cxone-approve warm-up" };
        _thread.Start();
    }

    /// <summary>Starts warming up for a run under <paramref name="compliance"/>.</summary>
    public static RunWarmup Start(ComplianceOptions compliance, TimeProvider time) => new(compliance, time);

    /// <inheritdoc />
    public void Dispose() => _thread.Join();

    private static void Warm(ComplianceOptions compliance, TimeProvider time)
    {
        try
        {
            SHA256.HashData("cxone-approve"u8);
            _ = ApiJsonContext.Default.OAuthTokenResponse;
            _ = ApiJsonContext.Default.TemplateDto;
            ValidateStep.Check(Sample, compliance, time);
            _ = ApiJsonContext.Default.A2pRegistrationRequest;
            _ = ApiJsonContext.Default.ListWebhookDto;
            _ = ApiJsonContext.Default.WebhookRequest;
            _ = ApiJsonContext.Default.AuditRecord;
            _ = AuditJsonContext.Default.JournalEntry;
            _ = WireNames.Of(Outcome.Approved) + WireNames.Of(StepName.Token) + WireNames.Of(StepStatus.Ok);
        }
        catch (Exception)
        {
            // Warming up only: the run itself meets (and reports) whatever failed here.
        }
    }

    private static readonly TemplateDto Sample = new()
    {
        Id = "warm-up",
        Status = "PENDING",
        Content = "Acme: your order has shipped. Track it at https://acme.example/t. Reply STOP to opt out, HELP for help.",
    };
}
