using System.Globalization;
using CxoneApprove.Cli.Help;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace CxoneApprove.Cli.Config;

/// <summary>A named profile as the config file holds it: key → value, secrets only by reference.</summary>
internal sealed record Profile(string Name, string Path, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;

    /// <summary>How messages name where a value came from: <c>profile staging (base_url)</c>.</summary>
    public string SourceOf(string key) => $"profile {Name} ({key})";
}

/// <summary>
/// The config file: TOML, one table per profile (<c>[default]</c>, <c>[staging]</c>), string values only. Edits go through
/// the syntax tree, so <c>config set</c> keeps the comments and layout a person gave the file.
/// </summary>
internal sealed class ConfigFile
{
    /// <summary>The profile used when none is named.</summary>
    public const string DefaultProfile = "default";

    private const string Header =
        "# cxone-approve profiles: one [table] per profile, chosen with --profile or CXONE_PROFILE ([default] otherwise).\n"
        + "# Secrets never go here: name a file (client_secret_file) or an environment variable (client_secret_env).\n";

    private readonly DocumentSyntax _document;

    private ConfigFile(string path, DocumentSyntax document)
    {
        Path = path;
        _document = document;
    }

    /// <summary>The file's path.</summary>
    public string Path { get; }

    /// <summary>Whether the file exists on disk.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>The profiles, in file order.</summary>
    public IReadOnlyList<string> ProfileNames => [.. _document.Tables.Select(NameOf)];

    /// <summary><c>$XDG_CONFIG_HOME/cxone-approve/config.toml</c>, else under <c>~/.config</c> (XDG Base Directory specification).</summary>
    public static string DefaultPath(Func<string, string?> environment)
    {
        var config = environment("XDG_CONFIG_HOME");
        if (string.IsNullOrWhiteSpace(config) || !System.IO.Path.IsPathRooted(config))
        {
            config = System.IO.Path.Combine(SecretFile.ExpandHome("~", environment), ".config");
        }

        return System.IO.Path.Combine(config, "cxone-approve", "config.toml");
    }

    /// <summary>Reads the file at <paramref name="path"/> (none yet: an empty file); a malformed one is a <see cref="UsageException"/>.</summary>
    public static ConfigFile Load(string path)
    {
        string text;
        try
        {
            text = File.Exists(path) ? File.ReadAllText(path) : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the config file {path}: {ex.Message}");
        }

        var document = SyntaxParser.Parse(text, path, true);
        if (document.HasErrors)
        {
            var first = document.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
            throw new UsageException($"the config file is not valid TOML: {path}:{first.Span.Start.Line + 1}:{first.Span.Start.Column + 1}: {first.Message}");
        }

        var file = new ConfigFile(path, document);
        file.Check();
        return file;
    }

    /// <summary>The profile called <paramref name="name"/>, or null.</summary>
    public Profile? Find(string name)
    {
        var table = Table(name);
        if (table is null)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in table.Items)
        {
            values[KeyOf(item)] = ((StringValueSyntax)item.Value!).Value!;
        }

        return new Profile(name, Path, values);
    }

    /// <summary>Sets <paramref name="key"/> in <paramref name="profile"/>, adding the profile when it is new.</summary>
    public void Set(string profile, string key, string value)
    {
        var table = Table(profile);
        if (table is null)
        {
            table = new TableSyntax(profile);
            if (_document.Tables.ChildrenCount > 0 || _document.KeyValues.ChildrenCount > 0)
            {
                table.AddLeadingTriviaNewLine();
            }

            _document.Tables.Add(table);
        }

        var existing = table.Items.FirstOrDefault(item => KeyOf(item) == key);
        if (existing is not null)
        {
            // Keep a comment that followed the old value.
            var trailing = (existing.Value as StringValueSyntax)?.Token?.TrailingTrivia;
            var replacement = new StringValueSyntax(value);
            if (trailing is { Count: > 0 } && replacement.Token is { } token)
            {
                token.TrailingTrivia = trailing;
            }

            existing.Value = replacement;
            return;
        }

        table.Items.Add(new KeyValueSyntax(key, new StringValueSyntax(value)));
    }

    /// <summary>Removes <paramref name="key"/> from <paramref name="profile"/>; false when it was not set.</summary>
    public bool Unset(string profile, string key)
    {
        var table = Table(profile);
        var existing = table?.Items.FirstOrDefault(item => KeyOf(item) == key);
        if (existing is null)
        {
            return false;
        }

        table!.Items.RemoveChild(existing);
        return true;
    }

    /// <summary>Writes the file: to a temporary file beside it, then renamed over it, so a crash never leaves half a file.</summary>
    public void Save()
    {
        var text = _document.ToString();
        if (!Exists && !text.StartsWith('#'))
        {
            text = Header + "\n" + text;
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, text.EndsWith('\n') ? text : text + "\n");
            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the config file {Path}: {ex.Message}");
        }
    }

    private TableSyntax? Table(string name) =>
        _document.Tables.OfType<TableSyntax>().FirstOrDefault(t => NameOf(t) == name);

    // Profiles are plain tables of strings with known keys; anything else is reported where it is.
    private void Check()
    {
        if (_document.KeyValues.ChildrenCount > 0)
        {
            throw Problem(_document.KeyValues.GetChild(0)!, "keys belong under a [profile] table, e.g. [default]");
        }

        foreach (var table in _document.Tables)
        {
            if (table is not TableSyntax || table.Name?.DotKeys.ChildrenCount > 0)
            {
                throw Problem(table, "a profile is a plain table such as [default] or [staging]");
            }

            foreach (var item in table.Items)
            {
                var key = KeyOf(item);
                try
                {
                    ProfileKeys.Find(key);
                }
                catch (UsageException ex)
                {
                    throw Problem(item, ex.Message);
                }

                if (item.Value is not StringValueSyntax)
                {
                    throw Problem(item, $"{key} must be a string in quotes");
                }
            }
        }
    }

    private UsageException Problem(SyntaxNode node, string message) => new(
        string.Create(CultureInfo.InvariantCulture, $"{Path}:{node.Span.Start.Line + 1}: {message}"));

    private static string NameOf(TableSyntaxBase table) => table.Name is { } name ? KeyText(name.Key) : "";

    private static string KeyOf(KeyValueSyntax item) => item.Key is { } key ? KeyText(key.Key) : "";

    private static string KeyText(SyntaxNode? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => key?.ToString()?.Trim() ?? "",
    };

    /// <summary>"did you mean" for a profile name that is not in the file.</summary>
    public string MissingProfile(string name)
    {
        var names = ProfileNames;
        return names.Count == 0
            ? $"no profile \"{name}\": {Path} holds none yet (create one with 'cxone-approve config set KEY VALUE --profile {name}')"
            : $"no profile \"{name}\" in {Path}.{Suggestions.Sentence(name, names)} Profiles: {string.Join(", ", names)}.";
    }
}
