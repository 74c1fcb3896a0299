namespace CxoneApprove.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Truth() => Assert.Equal(2, 1 + 1);
}
