using System.CommandLine;
using System.CommandLine.Completions;

namespace CxoneApprove.Cli.Completion;

/// <summary>One option as a shell sees it: its names, whether a value follows, the values it accepts, and whether that is a path.</summary>
internal sealed record OptionShape(IReadOnlyList<string> Names, bool TakesValue, IReadOnlyList<string> Values, bool IsPath, string Description);

/// <summary>
/// One command of the tree as a shell sees it: its path from the root (<c>""</c>, <c>"audit"</c>, <c>"audit show"</c>), its
/// subcommands, its options (those inherited from above included) and the values its arguments accept.
/// </summary>
internal sealed record CommandShape(string Path, IReadOnlyList<(string Name, string Description)> Subcommands, IReadOnlyList<OptionShape> Options,
    IReadOnlyList<string> ArgumentValues)
{
    /// <summary>Every command under <paramref name="root"/>, root first, read from the tree itself so completion never drifts from it.</summary>
    public static IReadOnlyList<CommandShape> Of(Command root)
    {
        var shapes = new List<CommandShape>();
        Walk(root, "", [], shapes);
        return shapes;
    }

    /// <summary>The path a subcommand adds to this one.</summary>
    public string Child(string name) => Path.Length == 0 ? name : Path + " " + name;

    private static void Walk(Command command, string path, IReadOnlyList<Option> inherited, List<CommandShape> shapes)
    {
        var options = inherited.Concat(command.Options).Where(o => !o.Hidden).Distinct().ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        shapes.Add(new CommandShape(path,
            [.. subcommands.Select(c => (c.Name, FirstSentence(c.Description)))],
            [.. options.Select(Shape)],
            [.. command.Arguments.SelectMany(a => a.GetCompletions(CompletionContext.Empty)).Select(c => c.Label).Distinct(StringComparer.Ordinal)]));
        var passedDown = inherited.Concat(command.Options.Where(o => o.Recursive)).Distinct().ToList();
        foreach (var sub in subcommands)
        {
            Walk(sub, path.Length == 0 ? sub.Name : path + " " + sub.Name, passedDown, shapes);
        }
    }

    private static OptionShape Shape(Option option)
    {
        var values = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).Distinct(StringComparer.Ordinal).ToList();
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return new OptionShape([option.Name, .. option.Aliases.Order(StringComparer.Ordinal)], takesValue, takesValue ? values : [],
            option.HelpName == "path", FirstSentence(option.Description));
    }

    private static string FirstSentence(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('.');
    }
}
