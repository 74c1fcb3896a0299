namespace CxoneApprove.Sandbox.Domain;

/// <summary>
/// Everything a sandbox holds, as read-only snapshots: each property returns a copy taken under a lock, so callers
/// may enumerate it while requests keep arriving. A fresh instance, seeded with <see cref="DemoTemplates"/>, per server.
/// </summary>
public sealed class SandboxState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SandboxTemplate> _templates = new(StringComparer.Ordinal);
    private readonly List<SandboxA2PRegistration> _registrations = [];
    private readonly List<SandboxWebhook> _webhooks = [];
    private readonly List<SandboxAuditLog> _auditLogs = [];
    private readonly List<WebhookDelivery> _deliveries = [];

    internal SandboxState()
    {
        foreach (var seed in DemoTemplates.Seeds)
        {
            _templates.Add(seed.Template.Id, seed.Template);
        }
    }

    /// <summary>Templates by id (ordinal order): the demo templates and any bulk template accessed so far.</summary>
    public IReadOnlyList<SandboxTemplate> Templates
    {
        get
        {
            lock (_gate)
            {
                return [.. _templates.Values.OrderBy(template => template.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>A2P registrations in the order they were created.</summary>
    public IReadOnlyList<SandboxA2PRegistration> A2PRegistrations
    {
        get
        {
            lock (_gate)
            {
                return [.. _registrations];
            }
        }
    }

    /// <summary>Registered webhooks in the order they were created, secrets included.</summary>
    public IReadOnlyList<SandboxWebhook> Webhooks
    {
        get
        {
            lock (_gate)
            {
                return [.. _webhooks];
            }
        }
    }

    /// <summary>Audit log entries in the order they were received.</summary>
    public IReadOnlyList<SandboxAuditLog> AuditLogs
    {
        get
        {
            lock (_gate)
            {
                return [.. _auditLogs];
            }
        }
    }

    /// <summary>Webhook delivery attempts in the order they finished (or were refused).</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>The template with this id, or <see langword="null"/>. Does not create bulk templates.</summary>
    public SandboxTemplate? FindTemplate(string templateId)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        lock (_gate)
        {
            return _templates.GetValueOrDefault(templateId);
        }
    }

    /// <summary>Looks a template up as the API does: a <c>bulk-NNNN</c> id is created on first access.</summary>
    internal SandboxTemplate? Resolve(string templateId)
    {
        lock (_gate)
        {
            if (_templates.TryGetValue(templateId, out var template))
            {
                return template;
            }

            if (!DemoTemplates.IsBulkId(templateId))
            {
                return null;
            }

            template = DemoTemplates.CreateBulk(templateId);
            _templates.Add(templateId, template);
            return template;
        }
    }

    /// <summary>
    /// Replaces a template atomically: <paramref name="change"/> sees the current value (bulk ids resolved) and returns
    /// the new one, or <see langword="null"/> to leave it as it is. Returns what was stored, or null for an unknown id.
    /// </summary>
    internal TemplateUpdate? Update(string templateId, Func<SandboxTemplate, SandboxTemplate?> change)
    {
        lock (_gate)
        {
            var current = Resolve(templateId);
            if (current is null)
            {
                return null;
            }

            var next = change(current);
            if (next is not null)
            {
                _templates[templateId] = next;
            }

            return new TemplateUpdate(current, next);
        }
    }

    internal void Add(SandboxA2PRegistration registration)
    {
        lock (_gate)
        {
            _registrations.Add(registration);
        }
    }

    internal void Add(SandboxWebhook webhook)
    {
        lock (_gate)
        {
            _webhooks.Add(webhook);
        }
    }

    internal void Add(SandboxAuditLog auditLog)
    {
        lock (_gate)
        {
            _auditLogs.Add(auditLog);
        }
    }

    internal void Add(WebhookDelivery delivery)
    {
        lock (_gate)
        {
            _deliveries.Add(delivery);
        }
    }
}
