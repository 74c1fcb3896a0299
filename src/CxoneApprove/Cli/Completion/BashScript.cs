using System.Text;

namespace CxoneApprove.Cli.Completion;

/// <summary>
/// The bash completion script (plain bash 3.2+, no bash-completion package needed; zsh reuses it through bashcompinit).
/// Words before the cursor walk the command tree; the word before the cursor decides whether a value is wanted.
/// </summary>
internal static class BashScript
{
    public const string Function = "_cxone_approve";

    public static string Write(IReadOnlyList<CommandShape> shapes, string program)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo($"# bash completion for {program}, generated from its command tree by `{program} completion bash`.\n"));
        text.Append(CultureInfo($"{Function}() {{\n"));
        text.Append("    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" path=\"\" word i\n");
        text.Append("    [ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
        text.Append("    for ((i = 1; i < COMP_CWORD; i++)); do\n        word=\"${COMP_WORDS[i]}\"\n        case \"$path:$word\" in\n");
        foreach (var shape in shapes)
        {
            foreach (var (name, _) in shape.Subcommands)
            {
                text.Append(CultureInfo($"            {Quote(shape.Path + ":" + name)}) path={Quote(shape.Child(name))} ;;\n"));
            }

            var valued = shape.Options.Where(o => o.TakesValue).SelectMany(o => o.Names).Select(n => Quote(shape.Path + ":" + n)).ToList();
            if (valued.Count > 0)
            {
                text.Append(CultureInfo($"            {string.Join('|', valued)}) i=$((i + 1)) ;;\n"));
            }
        }

        text.Append("        esac\n    done\n    case \"$path:$prev\" in\n");
        foreach (var shape in shapes)
        {
            foreach (var option in shape.Options.Where(o => o.TakesValue))
            {
                var keys = string.Join('|', option.Names.Select(n => Quote(shape.Path + ":" + n)));
                var reply = option.Values.Count > 0 ? $"COMPREPLY=($(compgen -W {Quote(string.Join(' ', option.Values))} -- \"$cur\"))"
                    : option.IsPath ? "COMPREPLY=($(compgen -f -- \"$cur\"))"
                    : "COMPREPLY=()";
                text.Append(CultureInfo($"        {keys}) {reply}; return ;;\n"));
            }
        }

        text.Append("    esac\n    local words=\"\"\n    case \"$path\" in\n");
        foreach (var shape in shapes)
        {
            text.Append(CultureInfo($"        {Quote(shape.Path)}) words={Quote(string.Join(' ', shape.Options.SelectMany(o => o.Names)))}\n"));
            text.Append(CultureInfo($"            [[ \"$cur\" == -* ]] || words={Quote(string.Join(' ', shape.Subcommands.Select(s => s.Name).Concat(shape.ArgumentValues)))} ;;\n"));
        }

        text.Append("    esac\n    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n}\n");
        text.Append(CultureInfo($"complete -o bashdefault -o default -F {Function} {program}\n"));
        return text.ToString();
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    // Single quotes keep every character literal; a quote inside is closed, escaped and reopened.
    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
