namespace CxoneApprove.Compliance;

/// <summary>
/// One template under validation, with what several rules read computed once: the folded text and its
/// words, the SMS measurement, the links, the language.
/// </summary>
internal sealed class RuleContext
{
    private SmsMeasurement? _measurement;

    public RuleContext(MessageTemplate template, ComplianceOptions options)
    {
        Template = template;
        Options = options;
        Content = template.Content ?? string.Empty;
    }

    /// <summary>The template.</summary>
    public MessageTemplate Template { get; }

    /// <summary>What the validator enforces.</summary>
    public ComplianceOptions Options { get; }

    /// <summary>The body, never <see langword="null"/>.</summary>
    public string Content { get; }

    /// <summary>The body measured as an SMS, placeholders counted as the options say.</summary>
    public SmsMeasurement Measurement => _measurement ??= SegmentCounter.Measure(Content, Options.PlaceholderWidth);

    /// <summary>SMS parts the content may need: at least 1.</summary>
    public int MaxSegments => Math.Max(1, Options.MaxSegments);
}
