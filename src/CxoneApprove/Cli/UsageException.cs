namespace CxoneApprove.Cli;

/// <summary>A usage or configuration error: a message a person can act on, exit 2. Never a stack trace.</summary>
internal sealed class UsageException : Exception
{
    public UsageException() { }

    public UsageException(string message) : base(message) { }

    public UsageException(string message, Exception inner) : base(message, inner) { }
}
