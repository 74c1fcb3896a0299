using System.CommandLine;
using System.Text;
using CxoneApprove.Cli.Config;

namespace CxoneApprove.Cli;

/// <summary>
/// <c>config set|get|unset|list</c>: edits the profiles of the config file, so nobody needs to know its syntax. Secrets
/// never go in: a profile names the file (mode 600) or the environment variable that holds each one.
/// </summary>
internal static class ConfigCommand
{
    public static Command Create(CliOptions options, CliContext context)
    {
        var key = new Argument<string>("key") { Description = "A profile key (see 'config list --keys')." };
        key.CompletionSources.Add(_ => ProfileKeys.All.Select(k => new System.CommandLine.Completions.CompletionItem(k.Name)));
        var value = new Argument<string>("value") { Description = "Its value." };
        var keys = new Option<bool>("--keys") { Description = "List the keys a profile may hold, with what each is for." };

        var set = new Command("set", "Set a key of a profile (created when new).") { key, value, options.Profile };
        set.SetAction(parse => Run(context, parse.GetValue(options.Profile), (file, profile) =>
        {
            var profileKey = ProfileKeys.Find(parse.GetValue(key)!);
            var stored = ProfileKeys.Normalize(profileKey, parse.GetValue(value)!);
            file.Set(profile, profileKey.Name, stored);
            file.Save();
            context.Stdout.WriteLine($"{profile}.{profileKey.Name} = {stored}   ({file.Path})");
            if (profileKey.Name is ProfileKeys.ClientSecretFile or ProfileKeys.AccessKeySecretFile)
            {
                WarnAboutSecretFile(stored, context);
            }
        }));

        var get = new Command("get", "Print a key of a profile (nothing when it is not set).") { key, options.Profile };
        get.SetAction(parse => Run(context, parse.GetValue(options.Profile), (file, profile) =>
        {
            var profileKey = ProfileKeys.Find(parse.GetValue(key)!);
            if (file.Find(profile)?[profileKey.Name] is { } stored)
            {
                context.Stdout.WriteLine(stored);
            }
            else
            {
                context.Stderr.WriteLine($"{profileKey.Name} is not set in profile {profile} ({file.Path})");
            }
        }));

        var unset = new Command("unset", "Remove a key from a profile.") { key, options.Profile };
        unset.SetAction(parse => Run(context, parse.GetValue(options.Profile), (file, profile) =>
        {
            var profileKey = ProfileKeys.Find(parse.GetValue(key)!);
            if (file.Unset(profile, profileKey.Name))
            {
                file.Save();
            }

            context.Stdout.WriteLine($"{profile}.{profileKey.Name} unset   ({file.Path})");
        }));

        var list = new Command("list", "Print every profile (or the one --profile names) and its keys.") { options.Profile, keys };
        list.SetAction(parse => parse.GetValue(keys)
            ? ListKeys(context)
            : Run(context, parse.GetValue(options.Profile), (file, profile) => context.Stdout.Write(List(file, parse.GetValue(options.Profile) is null ? null : profile))));

        return new Command("config", "Profiles in the config file ($XDG_CONFIG_HOME/cxone-approve/config.toml): where the API is and as whom.")
        {
            set, get, unset, list,
        };
    }

    private static int Run(CliContext context, string? named, Action<ConfigFile, string> action)
    {
        try
        {
            var profile = string.IsNullOrWhiteSpace(named)
                ? context.Environment(EnvironmentVariables.Profile) is { Length: > 0 } fromEnv ? fromEnv.Trim() : ConfigFile.DefaultProfile
                : named.Trim();
            if (!profile.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw new UsageException($"profile name \"{profile}\" may hold only letters, digits, '-' and '_'");
            }

            action(ConfigFile.Load(ConfigFile.DefaultPath(context.Environment)), profile);
            return ExitCodes.Success;
        }
        catch (UsageException ex)
        {
            context.Stderr.WriteLine($"error: {ex.Message}");
            context.Stderr.WriteLine("Run 'cxone-approve config --help' for usage, or 'cxone-approve config list --keys' for the keys.");
            return ExitCodes.Usage;
        }
    }

    private static string List(ConfigFile file, string? only)
    {
        if (!file.Exists)
        {
            return $"no config file yet at {file.Path}; create it with: cxone-approve config set org <name>\n";
        }

        var text = new StringBuilder($"# {file.Path}\n");
        foreach (var name in file.ProfileNames.Where(n => only is null || n == only))
        {
            text.Append('[').Append(name).Append("]\n");
            var profile = file.Find(name)!;
            foreach (var key in ProfileKeys.All.Where(k => profile[k.Name] is not null))
            {
                text.Append("  ").Append(key.Name).Append(" = ").Append(profile[key.Name]).Append('\n');
            }
        }

        return text.ToString();
    }

    private static int ListKeys(CliContext context)
    {
        var width = ProfileKeys.All.Max(k => k.Name.Length) + 2;
        foreach (var key in ProfileKeys.All)
        {
            context.Stdout.WriteLine($"  {key.Name.PadRight(width)}{key.Meaning}");
        }

        return ExitCodes.Success;
    }

    private static void WarnAboutSecretFile(string path, CliContext context)
    {
        if (!File.Exists(path))
        {
            context.Stderr.WriteLine($"warning: {path} does not exist yet; create it with mode 600 (only you may read it)");
        }
        else if (SecretFile.Problem(path) is { } problem)
        {
            context.Stderr.WriteLine($"warning: {path} {problem}; runs refuse it until then");
        }
    }
}
