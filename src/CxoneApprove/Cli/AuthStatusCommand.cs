using System.CommandLine;
using CxoneApprove.Api;
using CxoneApprove.Auth;
using CxoneApprove.Cli.Config;
using CxoneApprove.Diagnostics;

namespace CxoneApprove.Cli;

/// <summary>What <c>auth status</c> found, for its report.</summary>
internal sealed record AuthStatus(
    IReadOnlyList<SettingTrace> Settings,
    ClientConfig Config,
    CxoneSignIn? SignIn,
    IssuedToken? Token,
    long TokenMs,
    ApiError? TokenFailure,
    IReadOnlyList<StepNeed> Steps,
    IReadOnlyList<string> Missing,
    HostCheck? Host,
    TimeSpan? ClockSkew);

/// <summary>
/// <c>auth status</c>: resolves the settings (saying where each came from), gets a token, compares the scopes every step
/// of a run needs with the granted ones, looks at the API host's reachability and TLS and at the clock — and sends
/// nothing but the sign-in's own requests. Exit 0 when a run would have what it needs, 4 naming a missing scope, 2 for
/// configuration errors.
/// </summary>
internal static class AuthStatusCommand
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(10);

    public static Command Create(CliOptions options, CliContext context)
    {
        var status = new Command("status", "Check the settings, the sign-in and the granted scopes against what a run needs; changes nothing.");
        CliApp.AddAll(status, options.ConnectionGroup, [options.WebhookUrl, options.DryRun, options.Verbose, options.LogFormat], options.PatienceGroup);
        status.SetAction((parse, ct) => RunAsync(parse, options, context, ct));
        return new Command("auth", "The sign-in: where its settings come from and what it grants.") { status };
    }

    private static async Task<int> RunAsync(ParseResult parse, CliOptions options, CliContext context, CancellationToken cancellationToken)
    {
        using var output = CommandOutput.Create(parse, options, context);
        var trace = new List<SettingTrace>();
        ClientConfig config;
        Uri? webhookUrl;
        try
        {
            config = SettingsResolver.Connection(parse, options, context, sandbox: null, SettingsResolver.Http(parse, options), trace);
            webhookUrl = SettingsResolver.WebhookUrl(parse, options, SettingLayers.Open(parse, options, context, sandbox: false, trace));
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message, jsonDocument: false);
        }

        output.Redactor.Add(config.Credentials.ClientSecret);
        var log = LogFactory.Create(output.Stderr, output.Settings.Verbose, output.Settings.LogJson, context.Time);
        using var connection = CxoneConnection.Open(config, context.Time, log, output.Redactor, context.PrimaryHandler?.Invoke());
        var status = await CheckAsync(connection, config, trace, parse.GetValue(options.DryRun), webhookUrl is not null, context.Time, cancellationToken);
        output.Stdout.Write(AuthStatusReport.Render(status));
        output.Flush();
        return ExitCode(status);
    }

    private static async Task<AuthStatus> CheckAsync(CxoneConnection connection, ClientConfig config, List<SettingTrace> trace, bool dryRun,
        bool webhook, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        ApiError? failure = null;
        try
        {
            await connection.Tokens.GetAsync(cancellationToken);
        }
        catch (ApiException ex)
        {
            failure = ex.Error;
        }

        var tokenMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
        var token = connection.TokenSource.Last;
        var steps = StepScopes.For(dryRun, webhook);
        var missing = token?.Scope is { } scope
            ? StepScopes.Missing(steps, scope.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal))
            : [];
        var host = failure is null && connection.ApiBaseUrl is { } api ? await HostProbe.CheckAsync(api, ProbeTimeout, time, cancellationToken) : null;
        TimeSpan? skew = token?.ServerTime is { } server ? time.GetUtcNow() - server : null;
        return new AuthStatus(trace, config, connection.SignIn, token, tokenMs, failure, steps, missing, host, skew);
    }

    private static int ExitCode(AuthStatus status) =>
        status.TokenFailure is { } failure ? ExitCodes.For(failure.Category)
        : status.Missing.Count > 0 ? ExitCodes.Auth
        : status.Host is { Reached: false } ? ExitCodes.Transient
        : ExitCodes.Success;
}
