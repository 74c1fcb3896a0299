namespace CxoneApprove.Auth;

/// <summary>
/// The CXone sign-in's inputs beside the application's client id and secret: the issuer whose discovery document names the
/// token endpoint, and the access key (id as username, secret as password). <see cref="ToString"/> never shows the secret.
/// </summary>
internal sealed record SignInSettings(Uri Issuer, string AccessKeyId, string AccessKeySecret)
{
    /// <summary>CXone's issuer for commercial tenants.</summary>
    public static readonly Uri DefaultIssuer = new("https://cxone.niceincontact.com");

    public override string ToString() => $"SignInSettings {{ Issuer = {Issuer}, AccessKeyId = {AccessKeyId}, AccessKeySecret = *** }}";
}
