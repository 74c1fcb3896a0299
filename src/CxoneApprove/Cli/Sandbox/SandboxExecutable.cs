using System.Diagnostics;

namespace CxoneApprove.Cli.Sandbox;

/// <summary>
/// The <c>cxone-approve-sandbox</c> executable, which ships beside the tool (build output, tool packages, the native
/// publish folder) so that ASP.NET Core never has to be linked into the tool. A native executable or app host beside
/// the tool runs directly; a framework-dependent package has only the assembly, run by the dotnet host.
/// </summary>
internal sealed class SandboxExecutable
{
    /// <summary>The executable's name, without the platform's extension.</summary>
    public const string Name = "cxone-approve-sandbox";

    private readonly string _directory;

    /// <summary>The sandbox in <paramref name="directory"/>.</summary>
    public SandboxExecutable(string directory) => _directory = directory;

    /// <summary>The sandbox beside the running tool (a native binary's real folder, links resolved).</summary>
    public static SandboxExecutable BesideTool() => new(AppContext.BaseDirectory);

    /// <summary>
    /// How to start it with <paramref name="arguments"/>, its three standard streams redirected. Throws
    /// <see cref="UsageException"/> when neither the executable nor its assembly is there.
    /// </summary>
    public ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var native = Path.Combine(_directory, Name + (OperatingSystem.IsWindows() ? ".exe" : ""));
        var assembly = Path.Combine(_directory, Name + ".dll");
        ProcessStartInfo start;
        if (File.Exists(native))
        {
            start = new ProcessStartInfo(native);
        }
        else if (File.Exists(assembly))
        {
            start = new ProcessStartInfo(DotnetHost());
            start.ArgumentList.Add(assembly);
        }
        else
        {
            throw new UsageException($"cannot find the sandbox: {Name} is not beside cxone-approve in {_directory.TrimEnd(Path.DirectorySeparatorChar)} "
                + "(it ships with the tool package and the native publish folder; reinstall the tool or copy the whole folder)");
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return start;
    }

    // The host of the shared runtime this tool runs on (a framework-dependent tool runs through an app host shim, so the
    // process itself is rarely dotnet), else the one on PATH.
    private static string DotnetHost()
    {
        var host = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } process && Path.GetFileName(process) == host)
        {
            return process;
        }

        // FX_DEPS_FILE is <root>/shared/Microsoft.NETCore.App/<version>/Microsoft.NETCore.App.deps.json.
        if (AppContext.GetData("FX_DEPS_FILE") is string frameworkDeps && Path.GetDirectoryName(frameworkDeps) is { } framework)
        {
            var candidate = Path.GetFullPath(Path.Combine(framework, "..", "..", "..", host));
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return host;
    }
}
