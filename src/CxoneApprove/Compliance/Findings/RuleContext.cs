namespace CxoneApprove.Compliance;

/// <summary>
/// One template under validation, with what several rules read computed once: the folded text and its
/// words, the SMS measurement, the links, the language.
/// </summary>
internal sealed class RuleContext
{
    private SmsMeasurement? _measurement;
    private ScannedText? _scanned;
    private InstructionFinder? _optOutFinder;
    private Language? _language;
    private IReadOnlyList<TemplateVariable>? _variables;
    private IReadOnlyList<Link>? _links;

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

    /// <summary>The body folded and split into words.</summary>
    public ScannedText Scanned => _scanned ??= new ScannedText(Content);

    /// <summary>The opt-out finder for the standard and extra keywords.</summary>
    public InstructionFinder OptOutFinder => _optOutFinder ??= OptOutDetector.FinderFor(Options.ExtraOptOutKeywords);

    /// <summary>The language advice is given in: the locale's, or the body's.</summary>
    public Language Language => _language ??= ContentLanguage.Detect(Scanned, Template.Locale);

    /// <summary>The body's WhatsApp variables, well formed or not.</summary>
    public IReadOnlyList<TemplateVariable> Variables => _variables ??= VariableScanner.Find(Content);

    /// <summary>The body's links.</summary>
    public IReadOnlyList<Link> Links => _links ??= LinkFinder.Find(Content);

    /// <summary>Whether the template is sent from a toll-free number.</summary>
    public bool FromTollFree => SenderAddressRule.Classify(Template.FromAddress) == SenderKinds.TollFree;

    /// <summary>SMS parts the content may need: at least 1.</summary>
    public int MaxSegments => Math.Max(1, Options.MaxSegments);
}
