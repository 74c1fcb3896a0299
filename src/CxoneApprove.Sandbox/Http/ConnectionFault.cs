namespace CxoneApprove.Sandbox.Http;

/// <summary>How an injected fault broke a request's connection, if it did.</summary>
public enum ConnectionFault
{
    /// <summary>The request was answered normally.</summary>
    None,

    /// <summary>The connection was closed before the request was handled: nothing happened on the server.</summary>
    RequestDropped,

    /// <summary>The request was handled (it took effect), then the connection was closed instead of answering.</summary>
    AnswerLost,
}
