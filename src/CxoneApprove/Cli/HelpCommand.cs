using System.CommandLine;
using CxoneApprove.Cli.Help;

namespace CxoneApprove.Cli;

/// <summary><c>help [command…]</c>: the help of the root or of any command, as gh and git have it.</summary>
internal static class HelpCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string[]>("command") { Description = "The command, e.g. 'auth status'.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("help", "Show the help of a command.") { path };
        command.SetAction(parse =>
        {
            Command target = parse.RootCommandResult.Command;
            var names = parse.GetValue(path) ?? [];
            foreach (var name in names)
            {
                var next = target.Subcommands.FirstOrDefault(c => c.Name == name || c.Aliases.Contains(name));
                if (next is null)
                {
                    var where = HelpText.PathOf(target);
                    context.Stderr.WriteLine($"error: '{name}' is not a command of cxone-approve{(where.Length == 0 ? "" : " " + where)}."
                        + Suggestions.Sentence(name, target.Subcommands.Select(c => c.Name)));
                    context.Stderr.WriteLine($"Run 'cxone-approve help{(where.Length == 0 ? "" : " " + where)}' for its commands.");
                    return ExitCodes.Usage;
                }

                target = next;
            }

            var helpPath = HelpText.PathOf(target);
            string[] args = [.. helpPath.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
            return parse.RootCommandResult.Command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null })
                .Invoke(new InvocationConfiguration { Output = context.Stdout, Error = context.Stderr });
        });
        return command;
    }
}
