using System.CommandLine;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CxoneApprove.Cli.Help;

/// <summary><c>--version</c>: the version, the commit it was built from and the runtime it runs on, for bug reports.</summary>
internal sealed class VersionText : SynchronousCommandLineAction
{
    /// <summary>e.g. <c>cxone-approve 0.1.0 (commit 1a2b3c4d5e6f; .NET 10.0.1, linux-x64, native AOT)</c>.</summary>
    public static string Line =>
        $"cxone-approve {BuildInfo.Version} (commit {BuildInfo.Commit}; {RuntimeInformation.FrameworkDescription}, "
        + $"{RuntimeInformation.RuntimeIdentifier}, {(RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "native AOT")})";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Line);
        return ExitCodes.Success;
    }
}
