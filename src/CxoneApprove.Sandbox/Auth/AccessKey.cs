using CxoneApprove.Sandbox.Domain;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>A CXone access key (a user's back-end credential) and the scopes it grants.</summary>
internal sealed record AccessKey(string Id, string Secret, IReadOnlyList<string> Scopes)
{
    public static IReadOnlyList<AccessKey> Demo { get; } =
    [
        new(DemoCredentials.AccessKeyId, DemoCredentials.AccessKeySecret, Auth.Scopes.All),
        new(DemoCredentials.ReadOnlyAccessKeyId, DemoCredentials.ReadOnlyAccessKeySecret, [Auth.Scopes.MessagingRead]),
    ];
}
