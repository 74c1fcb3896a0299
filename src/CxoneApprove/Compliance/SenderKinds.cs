namespace CxoneApprove.Compliance;

/// <summary>Kinds of sender address a template may use.</summary>
[Flags]
internal enum SenderKinds
{
    /// <summary>A US/Canada common short code: 5 or 6 digits, e.g. <c>12345</c>.</summary>
    ShortCode = 1,

    /// <summary>An E.164 long code, e.g. a 10DLC number <c>+12025550123</c>.</summary>
    LongCode = 2,

    /// <summary>A US/Canada toll-free number: <c>+1</c>, 800/833/844/855/866/877/888, 7 digits.</summary>
    TollFree = 4,
}
