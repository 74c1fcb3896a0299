using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;

namespace CxoneApprove.Cli.Help;

/// <summary>
/// Help in the manner of gh's: System.CommandLine's sections at the terminal's width, then the command's EXAMPLES, and
/// at the root the environment variables and exit codes (generated from their tables) and where to read more.
/// </summary>
internal sealed class HelpText(HelpAction inner, CliContext context) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var width = Columns.WidthFor(context);
        inner.MaxWidth = width;
        var exit = inner.Invoke(parseResult);
        var command = parseResult.CommandResult.Command;
        parseResult.InvocationConfiguration.Output.Write(After(command, width));
        return exit;
    }

    /// <summary>The command's path below the root: <c>""</c>, <c>"audit"</c>, <c>"audit show"</c>.</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>"Run 'cxone-approve audit flush --help' for usage.": errors point at the help of the command they came from.</summary>
    public static string Pointer(ParseResult parse)
    {
        var path = PathOf(parse.CommandResult.Command);
        return $"Run 'cxone-approve {(path.Length == 0 ? "" : path + " ")}--help' for usage.";
    }

    private static string After(Command command, int width)
    {
        var text = new StringBuilder();
        var examples = Examples.For(PathOf(command));
        if (examples.Count > 0)
        {
            text.Append("Examples:\n");
            foreach (var (why, line) in examples)
            {
                text.Append(Columns.Comment(why, 2, width)).Append("  ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        if (command is RootCommand)
        {
            text.Append(Columns.Block("Environment variables (options win over them, and they over the profile)", EnvironmentVariables.Settings, width)).Append('\n');
            text.Append(Columns.Block("Exit codes", ExitCodes.All.Select(c => (c.Code.ToString(CultureInfo.InvariantCulture), c.Meaning)), width)).Append('\n');
            text.Append("Learn more:\n  cxone-approve help <command>     the help of one command, e.g. cxone-approve help auth status\n\n");
        }

        return text.ToString();
    }
}
