using System.Text;

namespace CxoneApprove.Cli.Completion;

/// <summary>The PowerShell completion script: tables of the command tree and a native argument completer that walks them.</summary>
internal static class PowerShellScript
{
    public static string Write(IReadOnlyList<CommandShape> shapes, string program)
    {
        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"# PowerShell completion for {program}, generated from its command tree by `{program} completion pwsh`.\n"));
        text.Append(FormattableString.Invariant($"Register-ArgumentCompleter -Native -CommandName {Quote(program)} -ScriptBlock {{\n"));
        text.Append("    param($wordToComplete, $commandAst, $cursorPosition)\n");
        Table(text, "commands", shapes.Select(s => (s.Path, s.Subcommands.Select(c => c.Name))));
        Table(text, "options", shapes.Select(s => (s.Path, s.Options.SelectMany(o => o.Names))));
        Table(text, "valued", shapes.Select(s => (s.Path, s.Options.Where(o => o.TakesValue).SelectMany(o => o.Names))));
        Table(text, "arguments", shapes.Select(s => (s.Path, s.ArgumentValues.AsEnumerable())));
        Table(text, "values", shapes.SelectMany(s => s.Options.Where(o => o.Values.Count > 0)
            .SelectMany(o => o.Names.Select(n => (s.Path + ":" + n, o.Values.AsEnumerable())))));
        text.Append("""
                $path = ''; $skip = $false; $prev = ''
                $typed = @($commandAst.CommandElements | Select-Object -Skip 1 | Where-Object { $_.Extent.EndOffset -lt $cursorPosition })
                foreach ($element in $typed) {
                    $word = $element.ToString()
                    if ($skip) { $skip = $false; $prev = $word; continue }
                    if ($commands[$path] -contains $word) { $path = if ($path) { "$path $word" } else { $word } }
                    elseif ($valued[$path] -contains $word) { $skip = $true }
                    $prev = $word
                }
                $candidates = if ($skip) { @($values["${path}:$prev"]) }
                    elseif ($wordToComplete -like '-*') { @($options[$path]) }
                    else { @($commands[$path]) + @($arguments[$path]) }
                $candidates | Where-Object { $_ -and $_ -like "$wordToComplete*" } |
                    ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
            }

            """);
        return text.ToString();
    }

    private static void Table(StringBuilder text, string name, IEnumerable<(string Key, IEnumerable<string> Values)> rows)
    {
        text.Append(FormattableString.Invariant($"    ${name} = @{{\n"));
        foreach (var (key, values) in rows)
        {
            text.Append(FormattableString.Invariant($"        {Quote(key)} = @({string.Join(", ", values.Select(Quote))})\n"));
        }

        text.Append("    }\n");
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
