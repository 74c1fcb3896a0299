using System.CommandLine;
using System.Globalization;
using CxoneApprove.Sandbox;
using CxoneApprove.Sandbox.Domain;
using CxoneApprove.Sandbox.Faults;

namespace CxoneApprove.Cli;

/// <summary><c>sandbox</c>: serves the bundled CXone emulator on loopback in the foreground until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", HelpName = "n", DefaultValueFactory = _ => 8088 };
        var faults = new Option<string[]>("--fault") { Description = "A fault to inject (repeatable): " + FaultRule.SyntaxHelp, HelpName = "spec" };
        var rate = new Option<double?>("--requests-per-second") { Description = "Answer 429 + Retry-After above this many requests per second.", HelpName = "n" };
        var lifetime = new Option<int>("--token-lifetime") { Description = "Access token lifetime in seconds.", HelpName = "seconds", DefaultValueFactory = _ => 3600 };
        var command = new Command("sandbox", "Serve the bundled CXone sandbox on loopback (demo credentials and templates, fault injection).")
        {
            port, faults, rate, lifetime,
        };
        command.SetAction((parse, ct) => ServeAsync(parse, new ServeOptions(port, faults, rate, lifetime), context, ct));
        return command;
    }

    private sealed record ServeOptions(Option<int> Port, Option<string[]> Faults, Option<double?> Rate, Option<int> Lifetime);

    private static async Task<int> ServeAsync(ParseResult parse, ServeOptions serve, CliContext context, CancellationToken ct)
    {
        var (port, faults, rate, lifetime) = (serve.Port, serve.Faults, serve.Rate, serve.Lifetime);
        var stderr = context.Stderr;
        var options = new SandboxOptions
        {
            Port = parse.GetValue(port),
            RequestsPerSecond = parse.GetValue(rate),
            TokenLifetime = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(lifetime))),
            RequestLogged = entry => stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{entry.Method,-6} {entry.Path} → {entry.StatusCode} ({entry.ElapsedMs} ms)")),
        };
        if (options.Port is < 0 or > 65535)
        {
            stderr.WriteLine($"error: --port must be between 0 and 65535 (got {options.Port})");
            return ExitCodes.Usage;
        }

        foreach (var spec in parse.GetValue(faults) ?? [])
        {
            try
            {
                options.Faults.Add(FaultRule.Parse(spec));
            }
            catch (FormatException ex)
            {
                stderr.WriteLine($"error: --fault \"{spec}\": {ex.Message}");
                return ExitCodes.Usage;
            }
        }

        SandboxServer server;
        try
        {
            server = await SandboxServer.StartAsync(options, ct);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: cannot listen on 127.0.0.1:{options.Port}: {ex.Message} (try --port 0)");
            return ExitCodes.Usage;
        }

        await using (server)
        {
            PrintBanner(server, context.Stdout);
            try
            {
                await server.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a foreground server is stopped.
            }
        }

        return ExitCodes.Success;
    }

    private static void PrintBanner(SandboxServer server, TextWriter stdout)
    {
        var url = server.BaseUrl.ToString().TrimEnd('/');
        stdout.WriteLine($"CXone sandbox listening on {url}");
        stdout.WriteLine();
        stdout.WriteLine($"  client id:      {DemoCredentials.ClientId}");
        stdout.WriteLine($"  client secret:  {DemoCredentials.ClientSecret}   (demo only; it holds & = + % / on purpose)");
        stdout.WriteLine($"  read-only id:   {DemoCredentials.ReadOnlyClientId} / {DemoCredentials.ReadOnlyClientSecret}   (messaging:read only: rehearses 403)");
        stdout.WriteLine();
        stdout.WriteLine("  demo templates:");
        foreach (var template in DemoTemplates.All)
        {
            stdout.WriteLine($"    {template.Id,-18} {template.Description}");
        }

        stdout.WriteLine();
        stdout.WriteLine("  try:");
        stdout.WriteLine($"    export CXONE_BASE_URL={url} CXONE_CLIENT_ID={DemoCredentials.ClientId}");
        stdout.WriteLine($"    export CXONE_CLIENT_SECRET='{DemoCredentials.ClientSecret}'");
        stdout.WriteLine($"    cxone-approve -t {DemoTemplates.Welcome}");
        stdout.WriteLine();
        stdout.WriteLine("Press Ctrl+C to stop.");
        stdout.Flush();
    }
}
