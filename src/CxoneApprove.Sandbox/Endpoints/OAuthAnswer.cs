using System.Text.Json.Serialization.Metadata;
using CxoneApprove.Sandbox.Http;
using CxoneApprove.Sandbox.Wire;
using Microsoft.AspNetCore.Http;

namespace CxoneApprove.Sandbox.Endpoints;

/// <summary>Token endpoint answers: never cached (RFC 6749 §5.1), errors in the RFC 6749 §5.2 shape.</summary>
internal static class OAuthAnswer
{
    private static readonly KeyValuePair<string, string> NoStore = ApiResult.Header("Cache-Control", "no-store");

    public static ApiResult Of<T>(T body, JsonTypeInfo<T> typeInfo) =>
        ApiResult.Of(StatusCodes.Status200OK, body, typeInfo, NoStore, ApiResult.Header("Pragma", "no-cache"));

    public static ApiResult Error(int status, string code, string description, params KeyValuePair<string, string>[] headers) =>
        ApiResult.Of(status, new OAuthErrorBody(code, description), SandboxJsonContext.Default.OAuthErrorBody, [NoStore, .. headers]);
}
