namespace CxoneApprove.Cli;

/// <summary>The environment variables the tool reads: their names, in one place, and what each is for (help and docs).</summary>
internal static class EnvironmentVariables
{
    public const string TemplateId = "CXONE_TEMPLATE_ID";
    public const string Org = "CXONE_ORG";
    public const string BaseUrl = "CXONE_BASE_URL";
    public const string ClientId = "CXONE_CLIENT_ID";
    public const string ClientSecret = "CXONE_CLIENT_SECRET";
    public const string WebhookUrl = "CXONE_WEBHOOK_URL";
    public const string WebhookSecret = "CXONE_WEBHOOK_SECRET";
    public const string OperatorId = "CXONE_OPERATOR_ID";
    public const string Profile = "CXONE_PROFILE";
    public const string Auth = "CXONE_AUTH";
    public const string Issuer = "CXONE_ISSUER";
    public const string AccessKeyId = "CXONE_ACCESS_KEY_ID";
    public const string AccessKeySecret = "CXONE_ACCESS_KEY_SECRET";
    public const string Policy = "CXONE_POLICY";
    public const string NoColor = "NO_COLOR";
    public const string GitHubActions = "GITHUB_ACTIONS";
    public const string GitHubStepSummary = "GITHUB_STEP_SUMMARY";
    public const string GitHubWorkspace = "GITHUB_WORKSPACE";

    /// <summary>The tool's own variables with what they hold (options win over them).</summary>
    public static IReadOnlyList<(string Name, string Meaning)> Settings { get; } =
    [
        (TemplateId, "template id(s), comma-separated"),
        (Org, "organization"),
        (BaseUrl, "API host override"),
        (ClientId, "OAuth client id"),
        (ClientSecret, "OAuth client secret"),
        (WebhookUrl, "compliance webhook"),
        (WebhookSecret, "webhook signing secret"),
        (OperatorId, "audit operator id"),
        (Profile, "profile of the config file to use"),
        (Auth, "sign-in: client-credentials or cxone"),
        (Issuer, "CXone sign-in issuer"),
        (AccessKeyId, "CXone access key id"),
        (AccessKeySecret, "CXone access key secret"),
        (Policy, "compliance policy file"),
    ];
}
