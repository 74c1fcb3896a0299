using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CxoneApprove.Sandbox.Wire;

namespace CxoneApprove.Sandbox.Auth;

/// <summary>
/// id_tokens for the CXone sign-in: JWTs signed with HS256 under a key each server draws at start, so only the sandbox
/// could verify them; clients read the payload (the <c>tenantId</c> claim) without verifying, as CXone's guide does.
/// </summary>
internal sealed class IdTokens
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Create(IdTokenClaims claims)
    {
        var header = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new IdTokenHeader("HS256", "JWT"), SandboxJsonContext.Default.IdTokenHeader));
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, SandboxJsonContext.Default.IdTokenClaims));
        var signed = header + "." + payload;
        return signed + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed)));
    }
}
