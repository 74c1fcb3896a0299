namespace CxoneApprove.Workflow;

/// <summary>Template <see cref="TemplateId"/>, the <see cref="Index"/>-th of the run, has begun <see cref="Step"/>.</summary>
internal sealed record StepEntered(int Index, string TemplateId, StepName Step);
