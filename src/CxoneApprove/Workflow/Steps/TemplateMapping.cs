using CxoneApprove.Api;
using CxoneApprove.Compliance;

namespace CxoneApprove.Workflow.Steps;

/// <summary>
/// The API's template as the validator's model. A field the server left out takes the API's default (SMS, recurring);
/// a value outside the API's vocabulary is named, never guessed, because a template checked by the wrong rules could
/// be approved when it should not be.
/// </summary>
internal static class TemplateMapping
{
    /// <summary>
    /// <paramref name="template"/> as a <see cref="MessageTemplate"/>, or <see langword="null"/> with
    /// <paramref name="problem"/> saying which field holds what (e.g. <c>channel "rcs" is not one of sms or whatsapp</c>).
    /// </summary>
    public static MessageTemplate? ToMessageTemplate(TemplateDto template, out string? problem)
    {
        var channelProblem = Read(TemplateVocabulary.Channels, "channel", template.Channel, out var channel);
        var kindProblem = Read(TemplateVocabulary.Kinds, "kind", template.Kind, out var kind);
        var categoryProblem = Read(TemplateVocabulary.Categories, "category", template.Category, out var category);
        problem = channelProblem ?? kindProblem ?? categoryProblem;
        if (problem is not null)
        {
            return null;
        }

        return new MessageTemplate
        {
            Content = template.Content,
            FromAddress = template.FromAddress,
            Channel = channel ?? MessageChannel.Sms,
            Kind = kind ?? MessageKind.Recurring,
            Locale = string.IsNullOrWhiteSpace(template.Locale) ? null : template.Locale.Trim(),
            Category = category,
            Header = template.Header,
            Footer = template.Footer,
            Buttons = [.. (template.Buttons ?? []).OfType<TemplateButtonDto>().Select(Button)],
            Examples = template.Examples is { } examples
                ? new TemplateExamples(Values(examples.Header), Values(examples.Body), Values(examples.Buttons))
                : TemplateExamples.None,
        };
    }

    // A button type this tool does not know (Meta has more) is counted, not refused.
    private static TemplateButton Button(TemplateButtonDto button) =>
        new(TemplateVocabulary.ButtonTypes.TryParse(button.Type, out var type) ? type : ButtonType.Other, button.Text)
        {
            Url = button.Url,
            PhoneNumber = button.PhoneNumber,
        };

    private static List<string> Values(List<string?>? values) => [.. (values ?? []).Select(v => v ?? string.Empty)];

    // Absent (or blank) is the API's default; anything else must be a word of the table.
    private static string? Read<T>(NameTable<T> table, string field, string? written, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        if (!table.TryParse(written, out var parsed))
        {
            return $"{field} {Snippet.Quote(written)} is not one of {table.Choices()}";
        }

        value = parsed;
        return null;
    }
}
