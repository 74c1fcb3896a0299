using ArchUnitNET.Domain;
using LoadedArchitecture = ArchUnitNET.Domain.Architecture;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace CxoneApprove.Tests.Architecture;

/// <summary>
/// A project's rooms: the namespaces under its root namespace (a room holds its sub-namespaces too), each with the
/// rooms it may use. The empty name is the root namespace itself. An arrow the table does not name fails the check.
/// </summary>
internal sealed class Rooms
{
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string[]> _allowed;

    public Rooms(string root, IReadOnlyDictionary<string, string[]> allowed)
    {
        _root = root;
        _allowed = allowed;
        foreach (var (room, uses) in allowed)
        {
            var unknown = uses.Where(u => !allowed.ContainsKey(u)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"room '{room}' uses undeclared rooms: {string.Join(", ", unknown)}", nameof(allowed));
            }
        }
    }

    /// <summary>Fails when a type of one room depends on a room it may not use.</summary>
    public void CheckArrows(LoadedArchitecture architecture)
    {
        foreach (var (room, uses) in _allowed)
        {
            foreach (var other in _allowed.Keys.Where(o => o != room && !uses.Contains(o)))
            {
                Types().That().ResideInNamespaceMatching(Pattern(room))
                    .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(Pattern(other))
                    .Because($"the room '{Name(room)}' may use only {(uses.Length == 0 ? "no other room" : string.Join(", ", uses.Select(Name)))}")
                    .WithoutRequiringPositiveResults()
                    .Check(architecture);
            }
        }
    }

    /// <summary>Fails when a type lives outside every declared room (a new folder must say what it may use).</summary>
    public void CheckEveryTypeHasARoom(LoadedArchitecture architecture, Func<IType, bool>? exempt = null)
    {
        var homeless = architecture.Types
            .Where(t => t.Namespace.FullName == _root || t.Namespace.FullName.StartsWith(_root + ".", StringComparison.Ordinal))
            .Where(t => exempt?.Invoke(t) != true)
            .Where(t => !_allowed.Keys.Any(room => System.Text.RegularExpressions.Regex.IsMatch(t.Namespace.FullName, Pattern(room))))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(homeless.Count == 0, "types outside every declared room: " + string.Join(", ", homeless));
    }

    private string Pattern(string room) => room.Length == 0
        ? "^" + System.Text.RegularExpressions.Regex.Escape(_root) + "$"
        : "^" + System.Text.RegularExpressions.Regex.Escape(_root + "." + room) + @"(\..*)?$";

    private string Name(string room) => room.Length == 0 ? _root : room;
}
