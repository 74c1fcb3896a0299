using System.CommandLine;

namespace CxoneApprove.Cli.Help;

/// <summary>What a parse error says: System.CommandLine's message, a "did you mean" for a mistyped option or command.</summary>
internal static class ParseErrors
{
    /// <summary>One line per error, each ending with the closest known names when a token was not recognized.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        return [.. parse.Errors.Select(error =>
        {
            var token = parse.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            var message = ParseMessages.ForPeople(error.Message);
            return token is null ? message : message + Suggestions.Sentence(token, Candidates(command, token));
        })];
    }

    // An option is looked for among the options the command takes (inherited ones too); a word among its subcommands.
    private static IEnumerable<string> Candidates(Command command, string token)
    {
        if (!token.StartsWith('-'))
        {
            return command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        }

        var options = new List<Option>(command.Options);
        foreach (var parent in Ancestors(command))
        {
            options.AddRange(parent.Options.Where(o => o.Recursive));
        }

        return options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            yield return parent;
        }
    }
}
