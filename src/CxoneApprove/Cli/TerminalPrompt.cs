using System.Text;

namespace CxoneApprove.Cli;

/// <summary>Asks for a secret at the terminal the way ssh and sudo do: the prompt on stderr, nothing echoed.</summary>
internal static class TerminalPrompt
{
    /// <summary>Reads one line without echo; null when input ends first.</summary>
    public static string? ReadSecret(string prompt)
    {
        Console.Error.Write(prompt);
        var secret = new StringBuilder();
        try
        {
            while (true)
            {
                var key = Console.ReadKey(intercept: true);
                switch (key.Key)
                {
                    case ConsoleKey.Enter:
                        return secret.ToString();
                    case ConsoleKey.Backspace when secret.Length > 0:
                        secret.Length--;
                        break;
                    default:
                        if (!char.IsControl(key.KeyChar))
                        {
                            secret.Append(key.KeyChar);
                        }

                        break;
                }
            }
        }
        catch (InvalidOperationException)
        {
            // No console to read keys from after all.
            return null;
        }
        finally
        {
            Console.Error.WriteLine();
        }
    }
}
