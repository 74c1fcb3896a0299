using System.Globalization;
using System.Text;
using CxoneApprove.Workflow;

namespace CxoneApprove.Cli;

/// <summary>
/// Where a run stands, for its status line: templates done (by outcome) out of all, and for each template in flight
/// the step it is in and, once it has taken a second, for how long.
/// </summary>
internal sealed class RunProgress(int total, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, InFlight> _inFlight = [];
    private readonly Dictionary<Outcome, int> _outcomes = [];
    private int _done;

    /// <summary>Template <see cref="StepEntered.Index"/> has begun a step.</summary>
    public void Entered(StepEntered step)
    {
        lock (_gate)
        {
            _inFlight[step.Index] = new InFlight(step.TemplateId, step.Step, time.GetTimestamp());
        }
    }

    /// <summary>Template <paramref name="index"/> has finished.</summary>
    public void Completed(int index, TemplateResult result)
    {
        lock (_gate)
        {
            _inFlight.Remove(index);
            _done++;
            _outcomes[result.Outcome] = _outcomes.GetValueOrDefault(result.Outcome) + 1;
        }
    }

    /// <summary>
    /// The status line, at most <paramref name="width"/> characters: <c>[3/6] 2 approved, 1 invalid · bulk-0004 approve 5s · …</c>.
    /// </summary>
    public string Render(int width)
    {
        var text = new StringBuilder();
        lock (_gate)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{_done}/{total}]");
            if (_done > 0)
            {
                var counts = Enum.GetValues<Outcome>().Where(_outcomes.ContainsKey).Select(o => $"{_outcomes[o]} {WireNames.Words(o)}");
                text.Append(' ').AppendJoin(", ", counts);
            }

            var first = _done == 0;
            foreach (var (_, template) in _inFlight)
            {
                text.Append(first ? " " : " · ").Append(template.Id).Append(' ').Append(WireNames.Of(template.Step));
                var seconds = (int)time.GetElapsedTime(template.Since).TotalSeconds;
                if (seconds > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $" {seconds}s");
                }

                first = false;

                if (text.Length > width)
                {
                    break;
                }
            }
        }

        return text.Length <= width ? text.ToString() : text.ToString(0, width - 1) + "…";
    }

    private sealed record InFlight(string Id, StepName Step, long Since);
}
