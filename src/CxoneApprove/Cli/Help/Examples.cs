namespace CxoneApprove.Cli.Help;

/// <summary>The EXAMPLES section of each command's help: the commands people actually run, with a line on why.</summary>
internal static class Examples
{
    private static readonly Dictionary<string, (string Why, string Command)[]> ByCommand = new(StringComparer.Ordinal)
    {
        [""] =
        [
            ("Try it with no setup, against the bundled sandbox", "cxone-approve --sandbox -t demo-welcome"),
            ("Approve several templates of one organization", "cxone-approve --org acme -t welcome -t shipped --template-file more-ids.txt"),
            ("Dry run in CI: fetch and check only, JSON and JUnit for the gate", "cxone-approve --profile ci --template-file ids.txt --dry-run -o json --junit report.xml"),
            ("Rehearse a 429 in the sandbox (retried with Retry-After)",
                "cxone-approve --sandbox -t demo-welcome --sandbox-fault \"GET /api/v1/messaging/templates/* status=429,429 retry-after=1\""),
            ("Sign in as a real CXone tenant does (access key)", "cxone-approve --auth cxone --access-key-id KEY --access-key-secret-file key.secret -t welcome"),
        ],
        ["validate"] =
        [
            ("Check a template file offline (as the API's GET returns it)", "cxone-approve validate --file template.json"),
            ("Check text before it is a template", "cxone-approve validate --content \"Your order shipped. Reply STOP to opt out.\" --from 12345"),
            ("Fetch and check templates without approving them", "cxone-approve validate -t welcome -t shipped --org acme"),
            ("Hold a WhatsApp template to Meta's rules and the team's policy", "cxone-approve validate --file wa-order.json --policy policy.json"),
            ("See the text with straight quotes, plain dashes and '...'", "cxone-approve validate --content \"Acme: it’s here… Reply STOP to opt out\" --from 12345 --fix"),
        ],
        ["sandbox"] =
        [
            ("Serve a sandbox for other tools, throttled like a busy organization", "cxone-approve sandbox --port 8088 --requests-per-second 20"),
        ],
        ["audit show"] = [("Print the journal as JSON", "cxone-approve audit show -o json")],
        ["audit flush"] = [("Publish what a failed run left unpublished", "cxone-approve audit flush --profile prod")],
        ["config set"] =
        [
            ("A profile for the staging organization", "cxone-approve config set org acme-staging --profile staging"),
            ("Name the secret's file (mode 600), never the secret", "cxone-approve config set client_secret_file ~/.config/cxone-approve/staging.secret --profile staging"),
        ],
        ["config list"] = [("Every profile, then the keys a profile may hold", "cxone-approve config list && cxone-approve config list --keys")],
        ["auth status"] =
        [
            ("Is the staging profile ready for a run?", "cxone-approve auth status --profile staging"),
            ("Enough for a CI dry run with a read-only client?", "cxone-approve auth status --dry-run"),
        ],
        ["completion"] = [.. CompletionCommand.Setup.Select(s => ($"{s.Shell}: add to {s.Profile}", s.Line))],
        ["webhook verify"] =
        [
            ("Check a delivery the dashboard received", "cxone-approve webhook verify --secret-file webhook.secret --signature 'sha256=…' --body-file body.json"),
        ],
    };

    /// <summary>The examples of the command at <paramref name="path"/> (<c>""</c> for the root, <c>"audit show"</c>), or none.</summary>
    public static IReadOnlyList<(string Why, string Command)> For(string path) => ByCommand.TryGetValue(path, out var examples) ? examples : [];
}
