namespace CxoneApprove.Compliance;

/// <summary>
/// A template as the validator sees it: the body and where it is sent from, and optionally what kind of
/// message it is and, for WhatsApp, its other components. Its own model, not the API's: the CLI maps
/// whatever it read (the API, a file, options) onto it.
/// </summary>
internal sealed record MessageTemplate
{
    /// <summary>The body; <see langword="null"/> reads as empty.</summary>
    public string? Content { get; init; }

    /// <summary>The sender address (SMS: short code, long code or toll-free number).</summary>
    public string? FromAddress { get; init; }

    /// <summary>Where the message goes; SMS unless said otherwise.</summary>
    public MessageChannel Channel { get; init; } = MessageChannel.Sms;

    /// <summary>The part the message plays in a programme; an ordinary recurring message unless said otherwise.</summary>
    public MessageKind Kind { get; init; } = MessageKind.Recurring;

    /// <summary>The language it is written in, e.g. <c>en_US</c> or <c>es</c>; <see langword="null"/>: guessed from the text.</summary>
    public string? Locale { get; init; }

    /// <summary>WhatsApp category; <see langword="null"/> when not given.</summary>
    public WhatsAppCategory? Category { get; init; }

    /// <summary>WhatsApp header text.</summary>
    public string? Header { get; init; }

    /// <summary>WhatsApp footer text.</summary>
    public string? Footer { get; init; }

    /// <summary>WhatsApp buttons, in order.</summary>
    public IReadOnlyList<TemplateButton> Buttons { get; init; } = [];

    /// <summary>WhatsApp example values for the variables.</summary>
    public TemplateExamples Examples { get; init; } = TemplateExamples.None;
}

/// <summary>A WhatsApp button.</summary>
/// <param name="Type">What the button does.</param>
/// <param name="Text">Its label.</param>
internal sealed record TemplateButton(ButtonType Type, string? Text)
{
    /// <summary>The link of a <see cref="ButtonType.Url"/> button; it may end in one variable.</summary>
    public string? Url { get; init; }

    /// <summary>The number a <see cref="ButtonType.PhoneNumber"/> button calls.</summary>
    public string? PhoneNumber { get; init; }
}

/// <summary>Example values Meta's reviewers read in place of the variables, per component.</summary>
/// <param name="Header">For the header's variable.</param>
/// <param name="Body">For the body's variables, in order.</param>
/// <param name="Buttons">For the URL buttons' variables, in order.</param>
internal sealed record TemplateExamples(IReadOnlyList<string> Header, IReadOnlyList<string> Body, IReadOnlyList<string> Buttons)
{
    /// <summary>No examples at all.</summary>
    public static TemplateExamples None { get; } = new([], [], []);
}
