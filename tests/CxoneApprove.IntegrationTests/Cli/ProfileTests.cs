using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>Profiles in the config file: written with <c>config set</c>, chosen with --profile / CXONE_PROFILE, below options and variables.</summary>
public sealed class ProfileTests
{
    [Fact]
    public async Task TwoProfilesAgainstTwoSandboxes_ProfilePicksTheOne_AndAuthStatusNamesWhereEachValueCameFrom()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = await SandboxServer.StartAsync(new SandboxOptions(), ct);
        await using var second = await SandboxServer.StartAsync(new SandboxOptions(), ct);
        using var cli = new CliRun();
        await Profile(cli, "first", first);
        await Profile(cli, "second", second);

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome, "--profile", "second");
        var status = await cli.RunAsync("auth", "status", "--profile", "second");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains(second.Requests, r => r.Method == "PUT");
        Assert.DoesNotContain(first.Requests, r => r.Method == "PUT");
        Assert.Equal(0, status.ExitCode);
        Assert.Matches($@"base_url\s+{second.BaseUrl}\s+profile second \(base_url\)", status.Stdout);
        Assert.Matches(@"client_id\s+sandbox-client\s+profile second \(client_id\)", status.Stdout);
        Assert.Matches(@"client_secret\s+\*\*\*\s+profile second \(client_secret_file\)", status.Stdout);
        Assert.Matches(@"profile\s+second\s+--profile", status.Stdout);
        Assert.DoesNotContain(DemoCredentials.ClientSecret, status.Stdout + status.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvironmentAndOptions_BeatTheProfile_AndCxoneProfileChoosesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var inProfile = await SandboxServer.StartAsync(new SandboxOptions(), ct);
        await using var fromEnv = await SandboxServer.StartAsync(new SandboxOptions(), ct);
        using var cli = new CliRun();
        await Profile(cli, "ops", inProfile);
        cli.With("CXONE_PROFILE", "ops").With("CXONE_BASE_URL", fromEnv.BaseUrl.ToString());

        var status = await cli.RunAsync("auth", "status", "--client-id", DemoCredentials.ClientId);

        Assert.Equal(0, status.ExitCode);
        Assert.Matches($@"base_url\s+{fromEnv.BaseUrl}\s+CXONE_BASE_URL", status.Stdout);
        Assert.Matches(@"client_id\s+sandbox-client\s+--client-id", status.Stdout);
        Assert.Matches(@"profile\s+ops\s+CXONE_PROFILE", status.Stdout);
        Assert.Single(fromEnv.Requests);
        Assert.Empty(inProfile.Requests);
    }

    [Fact]
    public async Task SecretFileReadableByOthers_IsRefusedAsSshWould_BeforeAnyRequest()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions(), TestContext.Current.CancellationToken);
        using var cli = new CliRun();
        var secretFile = await Profile(cli, "default", sandbox);
        File.SetUnixFileMode(secretFile, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var run = await cli.RunAsync("-t", DemoTemplates.Welcome);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"chmod 600 {secretFile}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("mode 0644", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(sandbox.Requests);
    }

    [Fact]
    public async Task ConfigSet_RefusesASecret_AndKeepsTheFileFreeOfIt()
    {
        using var cli = new CliRun();

        var secret = await cli.RunAsync("config", "set", "client_secret", "hunter2-secret");
        var typo = await cli.RunAsync("config", "set", "clinet_id", "x");

        Assert.Equal(2, secret.ExitCode);
        Assert.Contains("client_secret_file or client_secret_env", secret.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("Did you mean client_id?", typo.Stderr, StringComparison.Ordinal);
        var file = ConfigPath(cli);
        Assert.False(File.Exists(file) && (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Contains("hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfigSetGetUnsetList_KeepThePersonsCommentsAndLayout()
    {
        using var cli = new CliRun();
        var file = ConfigPath(cli);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "# our orgs\n[default]\norg = \"acme\" # production\n", TestContext.Current.CancellationToken);

        var set = await cli.RunAsync("config", "set", "org", "acme-eu");
        await cli.RunAsync("config", "set", "operator_id", "ops-7");
        await cli.RunAsync("config", "set", "client_id", "ci", "--profile", "ci");
        var get = await cli.RunAsync("config", "get", "org");
        var unset = await cli.RunAsync("config", "unset", "operator_id");
        var list = await cli.RunAsync("config", "list");

        Assert.Equal(0, set.ExitCode);
        Assert.Equal("acme-eu\n", get.Stdout);
        Assert.Equal(0, unset.ExitCode);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("# our orgs\n[default]\norg = \"acme-eu\" # production\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("operator_id", text, StringComparison.Ordinal);
        Assert.Contains("[ci]\nclient_id = \"ci\"", text, StringComparison.Ordinal);
        Assert.Contains("[default]\n  org = acme-eu\n[ci]\n  client_id = ci\n", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingOrMalformedProfile_IsExit2NamingIt()
    {
        using var cli = new CliRun();
        var file = ConfigPath(cli);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, "[staging]\norg = \"acme\"\n", TestContext.Current.CancellationToken);

        var missing = await cli.RunAsync("-t", "tpl-1", "--profile", "stagin");
        await File.WriteAllTextAsync(file, "[staging]\norg = 42\n", TestContext.Current.CancellationToken);
        var malformed = await cli.RunAsync("-t", "tpl-1", "--profile", "staging");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no profile \"stagin\"", missing.Stderr, StringComparison.Ordinal);
        Assert.Contains("Did you mean staging?", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains($"{file}:2: org must be a string in quotes", malformed.Stderr, StringComparison.Ordinal);
    }

    private static string ConfigPath(CliRun cli) => Path.Combine(cli.StateDirectory, ".config", "cxone-approve", "config.toml");

    /// <summary>Writes a profile pointing at <paramref name="sandbox"/> with <c>config set</c>; returns its secret file (mode 600).</summary>
    private static async Task<string> Profile(CliRun cli, string name, SandboxServer sandbox, string clientId = DemoCredentials.ClientId,
        string secret = DemoCredentials.ClientSecret)
    {
        var secretFile = Path.Combine(cli.StateDirectory, name + ".secret");
        await File.WriteAllTextAsync(secretFile, secret + "\n", TestContext.Current.CancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(secretFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        foreach (var (key, value) in new[] { ("base_url", sandbox.BaseUrl.ToString()), ("client_id", clientId), ("client_secret_file", secretFile) })
        {
            var set = await cli.RunAsync("config", "set", key, value, "--profile", name);
            Assert.True(set.ExitCode == 0, set.Stderr);
        }

        return secretFile;
    }
}
