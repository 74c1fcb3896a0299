using System.Text.Json.Serialization;

namespace CxoneApprove.Workflow;

/// <summary>How a template's run ended.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
internal enum Outcome
{
    [JsonStringEnumMemberName("approved")] Approved,
    [JsonStringEnumMemberName("already_approved")] AlreadyApproved,
    [JsonStringEnumMemberName("valid")] Valid,
    [JsonStringEnumMemberName("invalid")] Invalid,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("cancelled")] Cancelled,
}

/// <summary>The steps of an approval. Their order is written in one place only: <see cref="ApprovalSteps.Order"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepName>))]
internal enum StepName
{
    [JsonStringEnumMemberName("token")] Token,
    [JsonStringEnumMemberName("fetch")] Fetch,
    [JsonStringEnumMemberName("validate")] Validate,
    [JsonStringEnumMemberName("approve")] Approve,
    [JsonStringEnumMemberName("a2p_register")] A2pRegister,
    [JsonStringEnumMemberName("webhook")] Webhook,
    [JsonStringEnumMemberName("audit")] Audit,
}

/// <summary>How a step went.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StepStatus>))]
internal enum StepStatus
{
    [JsonStringEnumMemberName("ok")] Ok,
    [JsonStringEnumMemberName("skipped")] Skipped,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("failed")] Failed,
}
