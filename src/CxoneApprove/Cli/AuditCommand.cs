using System.CommandLine;
using System.Globalization;
using System.Text;
using CxoneApprove.Api;
using CxoneApprove.Audit;
using CxoneApprove.Diagnostics;

namespace CxoneApprove.Cli;

/// <summary>
/// <c>audit show</c> prints the local journal; <c>audit flush</c> publishes the records that could not be published
/// when they were made (with their original Idempotency-Keys, so nothing is published twice).
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliOptions options, CliContext context)
    {
        var show = new Command("show", "Print the local audit journal (a table, or JSON with --output json).") { options.AuditFile, options.Output };
        show.SetAction(parse => Show(parse, options, context));
        var flush = new Command("flush", "Publish the journal's unpublished audit records to the CXone audit log.") { options.AuditFile };
        CliApp.AddAll(flush, options.ConnectionGroup, options.OutputGroup, options.PatienceGroup);
        flush.SetAction((parse, ct) => FlushAsync(parse, options, context, ct));
        return new Command("audit", "The local audit journal: every template outcome, kept even when publishing fails.") { show, flush };
    }

    private static AuditJournal Journal(ParseResult parse, CliOptions options, CliContext context) =>
        new(parse.GetValue(options.AuditFile) ?? AuditJournal.DefaultPath(context.Environment));

    private static int Show(ParseResult parse, CliOptions options, CliContext context)
    {
        var output = SettingsResolver.Output(parse, options);
        var journal = Journal(parse, options, context);
        var (entries, errors) = journal.Read();
        foreach (var error in errors)
        {
            context.Stderr.WriteLine($"warning: {error}");
        }

        var unpublished = AuditJournal.Unpublished(entries).Select(e => e.RecordId).ToHashSet(StringComparer.Ordinal);
        var outcomes = entries.Where(e => e.Kind == JournalKind.Outcome)
            .Select(e => e with { Published = e.Audit is not null && !unpublished.Contains(e.RecordId) })
            .ToList();
        if (output.Json)
        {
            context.Stdout.Write(JsonRenderer.Render(outcomes));
            return ExitCodes.Success;
        }

        if (outcomes.Count == 0)
        {
            context.Stdout.WriteLine($"no records in {journal.Path}");
            return ExitCodes.Success;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"recorded at",-25} {"template",-24} {"outcome",-17} {"exit",4} {"latency ms",10}  published\n");
        foreach (var entry in outcomes)
        {
            var published = entry.Audit is null ? "-" : entry.Published ? "yes" : "NO";
            text.Append(CultureInfo.InvariantCulture,
                $"{entry.RecordedAt,-25} {entry.TemplateId,-24} {entry.Outcome,-17} {entry.ExitCode,4} {LatencyOf(entry),10}  {published}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"{outcomes.Count} records, {unpublished.Count} unpublished ({journal.Path})\n");
        context.Stdout.Write(text.ToString());
        return ExitCodes.Success;
    }

    private static async Task<int> FlushAsync(ParseResult parse, CliOptions options, CliContext context, CancellationToken cancellationToken)
    {
        using var output = CommandOutput.Create(parse, options, context);
        var (stdout, stderr) = (output.Stdout, output.Stderr);
        try
        {
            var journal = Journal(parse, options, context);
            var (entries, errors) = journal.Read();
            foreach (var error in errors)
            {
                await stderr.WriteLineAsync($"warning: {error}");
            }

            var pending = AuditJournal.Unpublished(entries);
            if (pending.Count == 0)
            {
                await stdout.WriteLineAsync($"published 0, failed 0, skipped 0: nothing to publish in {journal.Path}");
                return ExitCodes.Success;
            }

            var config = SettingsResolver.Connection(parse, options, context, sandbox: null, SettingsResolver.Http(parse, options));
            output.Redactor.Add(config.Credentials.ClientSecret);
            var log = LogFactory.Create(stderr, output.Settings.Verbose, output.Settings.LogJson);
            using var connection = CxoneConnection.Open(config, context.Time, log, output.Redactor, context.PrimaryHandler?.Invoke());
            Uri baseUrl;
            try
            {
                baseUrl = await connection.ResolveApiBaseUrlAsync(cancellationToken);
            }
            catch (ApiException ex)
            {
                await stderr.WriteLineAsync($"error: {ex.Error.Message}\n  hint: {ex.Error.Hint}");
                return ExitCodes.For(ex.Error.Category);
            }

            var (published, failed, skipped, exit) = await PublishAsync(pending, journal, connection.Client, baseUrl, stderr, context.Time, cancellationToken);
            await stdout.WriteLineAsync($"published {published}, failed {failed}, skipped {skipped} ({journal.Path})");
            return exit;
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message, jsonDocument: false);
        }
    }

    /// <summary>
    /// Sends each pending record exactly as journaled, under its original key. A 422 for a key reused with another body
    /// means the server already holds the record: it counts as published.
    /// </summary>
    private static async Task<(int Published, int Failed, int Skipped, int Exit)> PublishAsync(IReadOnlyList<JournalEntry> pending,
        AuditJournal journal, CxoneClient client, Uri baseUrl, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken)
    {
        int published = 0, failed = 0, skipped = 0, exit = ExitCodes.Success;
        foreach (var entry in pending)
        {
            if (!string.Equals(entry.BaseUrl, baseUrl.AbsoluteUri, StringComparison.OrdinalIgnoreCase))
            {
                skipped++;
                await stderr.WriteLineAsync($"skipped {entry.TemplateId} ({entry.RecordedAt}): recorded for {entry.BaseUrl}, not {baseUrl.AbsoluteUri}");
                continue;
            }

            var result = await client.PublishAuditAsync(entry.Audit!.Value.GetRawText(), entry.IdempotencyKey ?? entry.RecordId, cancellationToken);
            if (result.IsSuccess || result.Error.IsIdempotencyKeyReused)
            {
                published++;
                journal.MarkPublished(entry, time.GetUtcNow());
                continue;
            }

            failed++;
            exit = exit == ExitCodes.Success ? ExitCodes.For(result.Error.Category) : exit;
            await stderr.WriteLineAsync($"failed {entry.TemplateId} ({entry.RecordedAt}): {result.Error.Message}\n  hint: {result.Error.Hint}");
        }

        return (published, failed, skipped, exit);
    }

    // The journaled record's latency_ms, as the table shows it.
    private static string LatencyOf(JournalEntry entry) =>
        entry.Audit is { ValueKind: System.Text.Json.JsonValueKind.Object } audit && audit.TryGetProperty("latency_ms", out var latency)
            ? latency.GetRawText()
            : "-";
}
