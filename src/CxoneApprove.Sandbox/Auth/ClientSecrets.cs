using System.Security.Cryptography;
using System.Text;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>Compares secrets in constant time, so how long a refusal takes says nothing about the secret.</summary>
internal static class ClientSecrets
{
    public static bool AreEqual(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
