using System.Security.Cryptography;
using System.Text;
using CxoneApprove.Cli;

namespace CxoneApprove.Tests.Cli;

public sealed class WebhookSignatureTests
{
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    private const string Rfc4231Hex = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    [Theory]
    [InlineData("sha256=" + Rfc4231Hex, true)]
    [InlineData("SHA256=" + Rfc4231Hex, true)]
    [InlineData(Rfc4231Hex, true)]
    [InlineData("sha256=" + "6bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", false)]
    [InlineData("sha256=zz", false)]
    [InlineData("sha256=", false)]
    public void Verify_ChecksTheSignature(string signature, bool valid) =>
        Assert.Equal(valid, WebhookCommand.Verify("Jefe", Encoding.UTF8.GetBytes("what do ya want for nothing?"), signature));

    [Fact]
    public void Verify_OneByteChanged_IsInvalid()
    {
        var body = Encoding.UTF8.GetBytes("""{"event":"template.approved","template_id":"t"}""");
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("secret"), body));
        Assert.True(WebhookCommand.Verify("secret", body, signature));
        body[5] ^= 1;

        Assert.False(WebhookCommand.Verify("secret", body, signature));
    }
}
