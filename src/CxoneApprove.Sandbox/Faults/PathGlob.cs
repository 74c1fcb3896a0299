namespace CxoneApprove.Sandbox.Faults;

/// <summary>Matches paths against globs in which <c>*</c> stands for any run of characters, <c>/</c> included.</summary>
internal static class PathGlob
{
    public static bool IsMatch(string pattern, string path)
    {
        // Classic two-pointer wildcard match: on a mismatch, let the last '*' swallow one more character.
        int p = 0, s = 0, star = -1, resume = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = s;
            }
            else if (p < pattern.Length && pattern[p] == path[s])
            {
                p++;
                s++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                s = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
