using System.Diagnostics;

namespace CxoneApprove.IntegrationTests.Cli;

/// <summary>The built-in completion scripts, driven through a real bash as a user's shell would run them.</summary>
public sealed class CompletionTests
{
    [Theory]
    [InlineData("cxone-approve --out", "--output")]
    [InlineData("cxone-approve --output ", "json text")]
    [InlineData("cxone-approve -o j", "json")]
    [InlineData("cxone-approve validate --output ", "json text")]
    [InlineData("cxone-approve aud", "audit")]
    [InlineData("cxone-approve audit ", "flush show")]
    [InlineData("cxone-approve audit show --", "--audit-file --help --output --version")]
    [InlineData("cxone-approve --auth ", "client-credentials cxone")]
    [InlineData("cxone-approve validate --channel ", "sms whatsapp")]
    [InlineData("cxone-approve validate --kind ", "first help_resp optin_confirm otp recurring sample stop_resp")]
    [InlineData("cxone-approve --pol", "--policy")]
    [InlineData("cxone-approve -t demo-welcome --dry", "--dry-run")]
    [InlineData("cxone-approve completion ", "bash fish pwsh zsh")]
    [InlineData("cxone-approve config set client_secret", "client_secret_env client_secret_file")]
    public async Task Bash_SourcingTheScript_CompletesFromTheCommandTree(string line, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // As README says: source <(cxone-approve completion bash), with the tool run as its own process.
        var tool = Path.Combine(AppContext.BaseDirectory, "cxone-approve.dll");
        var script = $$"""
            cxone-approve() { dotnet '{{tool}}' "$@"; }
            source <(cxone-approve completion bash)
            line='{{line}}'
            read -r -a COMP_WORDS <<< "$line"
            [[ "$line" == *' ' ]] && COMP_WORDS+=('')
            COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
            COMP_LINE="$line"; COMP_POINT=${#line}
            function=$(complete -p cxone-approve | sed -E 's/.*-F ([^ ]+).*/\1/')
            "$function" cxone-approve "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '
            """;

        var (exit, stdout, stderr) = await RunAsync("bash", "--norc", "--noprofile", "-c", script);

        Assert.True(exit == 0, stderr);
        Assert.Equal(expected, stdout.Trim());
    }

    [Theory]
    [InlineData("zsh", "bashcompinit")]
    [InlineData("fish", "complete -c cxone-approve -n \"__cxone_approve_at ''\" -l output -s o -x -a 'json text'")]
    [InlineData("pwsh", "'' = @('--template', '-t'")]
    public async Task OtherShells_GetAScriptBuiltFromTheSameTree(string shell, string expected)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("completion", shell);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cxone-approve --out", "--output")]
    [InlineData("cxone-approve --output ", "json text")]
    [InlineData("cxone-approve audit ", "flush show")]
    public async Task Fish_WhereInstalled_CompletesFromTheSameTree(string line, string expected)
    {
        var fish = new[] { "/usr/bin/fish", "/usr/local/bin/fish" }.FirstOrDefault(File.Exists);
        Assert.SkipWhen(fish is null, "fish is not installed here");
        using var cli = new CliRun();
        var file = Path.Combine(cli.StateDirectory, "cxone-approve.fish");
        await File.WriteAllTextAsync(file, (await cli.RunAsync("completion", "fish")).Stdout, TestContext.Current.CancellationToken);

        var (exit, stdout, stderr) = await RunAsync(fish!, "--no-config", "-c", $"source '{file}'; complete -C '{line}' | cut -f1 | sort | string join ' '; true");

        Assert.True(exit == 0, stderr);
        Assert.Equal(expected, stdout.Trim());
    }

    [Fact]
    public async Task AnUnknownShell_IsAUsageError()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("completion", "tcsh");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tcsh", result.Stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string shell, params string[] arguments)
    {
        var start = new ProcessStartInfo(shell, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
