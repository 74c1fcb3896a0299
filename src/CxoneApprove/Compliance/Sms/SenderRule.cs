namespace CxoneApprove.Compliance;

/// <summary><c>from_address</c>: the sender is a kind of address the options allow.</summary>
internal static class SenderRule
{
    /// <summary>Reports a sender address that is malformed or of a kind not allowed.</summary>
    public static void Check(RuleContext context, FindingList findings)
    {
        if (SenderAddressRule.Check(context.Template.FromAddress, context.Options.AllowedSenders) is { } problem)
        {
            findings.Add(new Finding(Rules.FromAddress, RuleSeverity.Error, problem));
        }
    }
}
