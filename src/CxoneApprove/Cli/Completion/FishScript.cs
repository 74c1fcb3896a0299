using System.Text;

namespace CxoneApprove.Cli.Completion;

/// <summary>The fish completion script: a helper that walks the words typed so far to a command path, then one line per choice.</summary>
internal static class FishScript
{
    public static string Write(IReadOnlyList<CommandShape> shapes, string program)
    {
        var helper = "__" + program.Replace('-', '_') + "_at";
        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"# fish completion for {program}, generated from its command tree by `{program} completion fish`.\n"));
        // `{helper} PATH` succeeds when the words typed so far lead to the command PATH ('' for the root).
        text.Append(FormattableString.Invariant($"function {helper}\n    set -l path ''\n    set -l skip 0\n"));
        text.Append("    for word in (commandline -opc)[2..-1]\n        if test $skip = 1\n            set skip 0\n            continue\n        end\n");
        text.Append("        switch \"$path:$word\"\n");
        foreach (var shape in shapes)
        {
            foreach (var (name, _) in shape.Subcommands)
            {
                text.Append(FormattableString.Invariant($"            case {Quote(shape.Path + ":" + name)}\n                set path {Quote(shape.Child(name))}\n"));
            }

            var valued = shape.Options.Where(o => o.TakesValue).SelectMany(o => o.Names).Select(n => Quote(shape.Path + ":" + n)).ToList();
            if (valued.Count > 0)
            {
                text.Append(FormattableString.Invariant($"            case {string.Join(' ', valued)}\n                set skip 1\n"));
            }
        }

        text.Append("        end\n    end\n    test \"$path\" = \"$argv[1]\"\nend\n\n");
        text.Append(FormattableString.Invariant($"complete -c {program} -f\n"));
        foreach (var shape in shapes)
        {
            var when = FormattableString.Invariant($"-n \"{helper} '{shape.Path}'\"");
            foreach (var (name, description) in shape.Subcommands)
            {
                text.Append(FormattableString.Invariant($"complete -c {program} {when} -a {Quote(name)} -d {Quote(description)}\n"));
            }

            foreach (var value in shape.ArgumentValues)
            {
                text.Append(FormattableString.Invariant($"complete -c {program} {when} -a {Quote(value)}\n"));
            }

            foreach (var option in shape.Options)
            {
                text.Append(FormattableString.Invariant($"complete -c {program} {when}{Names(option)}{Value(option)} -d {Quote(option.Description)}\n"));
            }
        }

        return text.ToString();
    }

    private static string Names(OptionShape option)
    {
        var text = new StringBuilder();
        foreach (var name in option.Names)
        {
            if (name.StartsWith("--", StringComparison.Ordinal))
            {
                text.Append(" -l ").Append(name[2..]);
            }
            else if (name.Length == 2 && name[0] == '-' && char.IsAsciiLetterOrDigit(name[1]))
            {
                text.Append(" -s ").Append(name[1]);
            }
        }

        return text.ToString();
    }

    private static string Value(OptionShape option) =>
        !option.TakesValue ? ""
        : option.Values.Count > 0 ? " -x -a " + Quote(string.Join(' ', option.Values))
        : option.IsPath ? " -r -F"
        : " -x";

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
