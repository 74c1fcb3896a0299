namespace CxoneApprove.Cli;

/// <summary>Collects template ids from options, the environment and files, and refuses malformed ones.</summary>
internal static class TemplateIds
{
    /// <summary>Longest id accepted.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// Why <paramref name="id"/> cannot be sent as one path segment, or null when it can. Refused: empty, longer
    /// than 256, <c>.</c> or <c>..</c>, or holding <c>/ \ ? # %</c>, whitespace or a control character.
    /// </summary>
    public static string? Problem(string id)
    {
        if (id.Length == 0)
        {
            return "a template id is empty";
        }

        if (id.Length > MaxLength)
        {
            return $"template id \"{Shorten(id)}\" is longer than {MaxLength} characters";
        }

        if (id is "." or "..")
        {
            return $"template id \"{id}\" would leave the template path";
        }

        foreach (var c in id)
        {
            if (c is '/' or '\\' or '?' or '#' or '%' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return $"template id \"{Printable(id)}\" holds {Describe(c)}, which cannot be part of an id";
            }
        }

        return null;
    }

    /// <summary>
    /// The ids to approve, in order, without repeats: <c>-t</c> options, else <c>CXONE_TEMPLATE_ID</c>
    /// (comma-separated; empty entries such as a trailing comma are skipped); then the lines of <c>--template-file</c>
    /// (<c>-</c>: <paramref name="readFile"/> is asked for <c>-</c>, meaning standard input). Throws <see cref="UsageException"/>.
    /// </summary>
    public static IReadOnlyList<string> Collect(IReadOnlyList<string>? options, string? environment, string? file, Func<string, string> readFile)
    {
        var ids = new List<string>();
        if (options is { Count: > 0 })
        {
            ids.AddRange(options);
        }
        else if (!string.IsNullOrWhiteSpace(environment))
        {
            ids.AddRange(environment.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        if (file is not null)
        {
            string text;
            try
            {
                text = readFile(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read --template-file {file}: {ex.Message}");
            }

            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimEnd('\r');
                var hash = line.IndexOf('#', StringComparison.Ordinal);
                if (hash >= 0)
                {
                    line = line[..hash];
                }

                line = line.Trim();
                if (line.Length > 0)
                {
                    ids.Add(line);
                }
            }
        }

        if (ids.Count == 0)
        {
            throw new UsageException("no template given: pass --template/-t <id> (or --template-file), or set CXONE_TEMPLATE_ID");
        }

        var problems = ids.Select(Problem).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new UsageException(string.Join("\n", problems.Distinct()));
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    private static string Describe(char c) => c switch
    {
        '/' => "'/'",
        '\\' => "'\\'",
        '?' => "'?'",
        '#' => "'#'",
        '%' => "'%'",
        _ when char.IsWhiteSpace(c) => "whitespace",
        _ => $"the control character U+{(int)c:X4}",
    };

    private static string Printable(string id) => Shorten(new string([.. id.Select(c => char.IsControl(c) ? '?' : c)]));

    private static string Shorten(string id) => id.Length <= 40 ? id : id[..40] + "…";
}
