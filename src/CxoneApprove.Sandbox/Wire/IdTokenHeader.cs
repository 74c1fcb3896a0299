namespace CxoneApprove.Sandbox.Wire;

/// <summary>The id_token's JOSE header.</summary>
internal sealed record IdTokenHeader(string Alg, string Typ);
