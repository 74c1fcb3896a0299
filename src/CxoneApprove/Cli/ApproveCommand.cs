using System.CommandLine;

namespace CxoneApprove.Cli;

/// <summary>The root command: approve templates (token → fetch → validate → approve → a2p_register → webhook → audit).</summary>
internal static class ApproveCommand
{
    public static async Task<int> RunAsync(ParseResult parse, CliOptions options, CliContext context, CancellationToken cancellationToken)
    {
        using var output = CommandOutput.Create(parse, options, context);
        try
        {
            var ids = TemplateIds.Collect(parse.GetValue(options.Template), context.Environment(EnvironmentVariables.TemplateId),
                parse.GetValue(options.TemplateFile), context.ReadFile);
            return await TemplateRun.RunAsync(parse, options, context, ids, output, dryRun: parse.GetValue(options.DryRun), cancellationToken);
        }
        catch (UsageException ex)
        {
            return output.Usage(ex.Message);
        }
    }
}
