using System.Globalization;
using CxoneApprove.Sandbox.Http;

namespace CxoneApprove.Sandbox.CommandLine;

/// <summary>The stderr line for one request: method, path, what it got and how long it took.</summary>
internal static class RequestLogLine
{
    public static string Format(SandboxRequestLog entry)
    {
        var answer = entry.Fault switch
        {
            ConnectionFault.RequestDropped => "dropped (connection closed before handling)",
            ConnectionFault.AnswerLost => $"{entry.StatusCode}, answer lost (connection closed)",
            _ => entry.StatusCode.ToString(CultureInfo.InvariantCulture),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{entry.Method,-6} {entry.Path} → {answer} ({entry.ElapsedMs} ms)");
    }
}
