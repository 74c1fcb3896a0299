using ArchUnitNET.Loader;
using LoadedArchitecture = ArchUnitNET.Domain.Architecture;

namespace CxoneApprove.Tests.Architecture;

/// <summary>
/// The tool's rooms and the one direction of their arrows: Cli → Workflow → (Compliance | Audit | Api → Auth → Http →
/// Diagnostics). A room may use only the rooms it names; a new folder must be declared here.
/// </summary>
public sealed class ToolArchitectureTests
{
    private static readonly LoadedArchitecture Tool = new ArchLoader().LoadAssemblies(typeof(CxoneApprove.Cli.CliApp).Assembly).Build();

    private static readonly Rooms ToolRooms = new("CxoneApprove", new Dictionary<string, string[]>
    {
        ["Cli"] = ["Workflow", "Compliance", "Audit", "Api", "Auth", "Http", "Diagnostics"],
        ["Workflow"] = ["Compliance", "Api", "Auth", "Diagnostics"],
        ["Compliance"] = [],
        ["Audit"] = [],
        ["Api"] = ["Auth", "Http", "Diagnostics"],
        ["Auth"] = ["Http", "Diagnostics"],
        ["Http"] = ["Diagnostics"],
        ["Diagnostics"] = [],
    });

    [Fact]
    public void Rooms_DependOnlyOnTheRoomsBelowThem() => ToolRooms.CheckArrows(Tool);

    [Fact]
    public void EveryType_LivesInADeclaredRoom() =>
        ToolRooms.CheckEveryTypeHasARoom(Tool, type => type.Namespace.FullName.Length == 0);
}
