using ArchUnitNET.Loader;
using CxoneApprove.Sandbox;
using LoadedArchitecture = ArchUnitNET.Domain.Architecture;

namespace CxoneApprove.Tests.Architecture;

/// <summary>
/// The sandbox's rooms: the root namespace is the host (server, options, the executable) and may use every room; the
/// domain model uses none; the arrows between the others run one way, so no room reaches back into the host.
/// </summary>
public sealed class SandboxArchitectureTests
{
    private static readonly Rooms SandboxRooms = new("CxoneApprove.Sandbox", new Dictionary<string, string[]>
    {
        [""] = ["CommandLine", "Domain", "Faults", "Throttling", "Http", "Wire", "Auth", "Endpoints", "Webhooks"],
        ["CommandLine"] = ["Domain", "Faults", "Throttling", "Http"],
        ["Endpoints"] = ["Auth", "Domain", "Http", "Webhooks", "Wire"],
        ["Auth"] = ["Domain", "Http", "Wire"],
        ["Webhooks"] = ["Domain", "Wire"],
        ["Faults"] = ["Http"],
        ["Throttling"] = ["Http"],
        ["Http"] = ["Wire"],
        ["Wire"] = ["Domain"],
        ["Domain"] = [],
    });

    private static readonly LoadedArchitecture Sandbox = new ArchLoader().LoadAssemblies(typeof(SandboxServer).Assembly).Build();

    [Fact]
    public void Rooms_DependOnlyOnTheRoomsTheyMayUse() => SandboxRooms.CheckArrows(Sandbox);

    [Fact]
    public void EveryType_LivesInADeclaredRoom() =>
        SandboxRooms.CheckEveryTypeHasARoom(Sandbox, type => type.Name.StartsWith('<'));
}
