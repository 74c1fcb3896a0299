using System.CommandLine;

namespace CxoneApprove.Cli.Config;

/// <summary>Where one setting's value came from, as <c>auth status</c> shows it. <see cref="Value"/> is already masked for secrets.</summary>
internal sealed record SettingTrace(string Key, string Value, string Source);

/// <summary>A value and the layer that gave it (e.g. <c>--base-url</c>, <c>CXONE_ORG</c>, <c>profile staging (org)</c>).</summary>
internal sealed record Found(string Value, string Source);

/// <summary>
/// Looks settings up in their layers, first hit wins: option, then environment variable, then the profile, then a default.
/// Each hit can be written to a trace, so <c>auth status</c> can say where every value came from.
/// </summary>
internal sealed class SettingLayers
{
    // What a rehearsal must never take from the environment: where the server is and as whom to sign in there.
    private static readonly HashSet<string> ConnectionKeys = new(StringComparer.Ordinal)
    {
        ProfileKeys.Org, ProfileKeys.BaseUrl, ProfileKeys.ClientId, "client_secret", ProfileKeys.Auth, ProfileKeys.Issuer,
        ProfileKeys.AccessKeyId, "access_key_secret",
    };

    private readonly CliContext _context;
    private readonly ICollection<SettingTrace>? _trace;
    private readonly bool _sandbox;

    private SettingLayers(CliContext context, Profile? profile, ICollection<SettingTrace>? trace, bool sandbox = false)
    {
        _context = context;
        Profile = profile;
        _trace = trace;
        _sandbox = sandbox;
    }

    /// <summary>The profile in use, or null.</summary>
    public Profile? Profile { get; }

    /// <summary>
    /// The layers of one command. The profile is the one <c>--profile</c> or <c>CXONE_PROFILE</c> names, else <c>[default]</c>
    /// when the config file has it; under <c>--sandbox</c> none is read (the sandbox brings its own credentials).
    /// </summary>
    public static SettingLayers Open(ParseResult parse, CliOptions options, CliContext context, bool sandbox, ICollection<SettingTrace>? trace = null)
    {
        var named = NonEmpty(parse.GetValue(options.Profile));
        if (sandbox)
        {
            return named is null
                ? new SettingLayers(context, null, trace, sandbox: true)
                : throw new UsageException("--profile and --sandbox do not go together: the sandbox brings its own credentials");
        }

        var fromEnv = named is null ? NonEmpty(context.Environment(EnvironmentVariables.Profile)) : null;
        var name = named ?? fromEnv;
        var path = ConfigFile.DefaultPath(context.Environment);
        if (name is null && !File.Exists(path))
        {
            return new SettingLayers(context, null, trace);
        }

        var file = ConfigFile.Load(path);
        var profile = file.Find(name ?? ConfigFile.DefaultProfile);
        if (profile is null && name is not null)
        {
            throw new UsageException(file.MissingProfile(name) + (named is null ? $" (from {EnvironmentVariables.Profile})" : ""));
        }

        if (profile is not null && trace?.Any(t => t.Key == "profile") != true)
        {
            trace?.Add(new SettingTrace("profile", profile.Name,
                $"{(named is not null ? "--profile" : fromEnv is not null ? EnvironmentVariables.Profile : "default")}, in {profile.Path}"));
        }

        return new SettingLayers(context, profile, trace);
    }

    /// <summary>The first of <paramref name="option"/>, the variable <paramref name="variable"/> and the profile's <paramref name="key"/>.</summary>
    public Found? Find(string key, string? option, string optionName, string variable)
    {
        var found = NonEmpty(option) is { } fromOption ? new Found(fromOption, optionName)
            : Environment(key, variable) is { } fromEnv ? new Found(fromEnv, variable)
            : NonEmpty(Profile?[key]) is { } fromProfile ? new Found(fromProfile, Profile!.SourceOf(key))
            : null;
        return found is null ? null : Note(key, found, found.Source);
    }

    /// <summary>
    /// A secret: a file named by option (<c>-</c>: stdin), the variable, then the profile's file (refused when others may
    /// read it) or the variable the profile names.
    /// </summary>
    public string? FindSecret(string key, string? fileOption, string optionName, string variable, string fileKey, string envKey)
    {
        if (SettingsResolver.ReadSecret(NonEmpty(fileOption), optionName, _context) is { } fromFile)
        {
            return NoteSecret(key, fromFile, $"{optionName} {fileOption}");
        }

        if (Environment(key, variable) is { } fromEnv)
        {
            return NoteSecret(key, fromEnv, variable);
        }

        if (NonEmpty(Profile?[fileKey]) is { } file)
        {
            return NoteSecret(key, SecretFile.Read(file, fileKey, _context), $"{Profile!.SourceOf(fileKey)}: {file}");
        }

        if (NonEmpty(Profile?[envKey]) is { } name)
        {
            return NonEmpty(_context.Environment(name)) is { } named
                ? NoteSecret(key, named, $"{Profile!.SourceOf(envKey)}: ${name}")
                : throw new UsageException($"{Profile!.SourceOf(envKey)} names the variable {name}, which is not set");
        }

        return null;
    }

    /// <summary>Records where <paramref name="key"/>'s <paramref name="value"/> came from; returns the value.</summary>
    public T Note<T>(string key, T value, string source)
    {
        if (value is not null)
        {
            _trace?.Add(new SettingTrace(key, value is Found found ? found.Value : value.ToString() ?? "", source));
        }

        return value;
    }

    private string NoteSecret(string key, string value, string source)
    {
        _trace?.Add(new SettingTrace(key, "***", source));
        return value;
    }

    // Under --sandbox the environment's connection settings are for a real tenant: they are not read.
    private string? Environment(string key, string variable) =>
        _sandbox && ConnectionKeys.Contains(key) ? null : NonEmpty(_context.Environment(variable));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
