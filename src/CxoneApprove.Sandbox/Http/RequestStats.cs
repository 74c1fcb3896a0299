using System.Globalization;
using CxoneApprove.Sandbox.Wire;

namespace CxoneApprove.Sandbox.Http;

/// <summary>Running counts of the requests a sandbox answered, for its admin endpoint: cheap, whatever the traffic.</summary>
internal sealed class RequestStats
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, long> _byStatus = [];
    private long _requests;
    private long _signIns;
    private long _dropped;
    private long _answersLost;

    public void Count(int statusCode, ConnectionFault fault, bool signIn)
    {
        lock (_gate)
        {
            _requests++;
            _signIns += signIn ? 1 : 0;
            switch (fault)
            {
                case ConnectionFault.RequestDropped:
                    _dropped++;
                    break;
                case ConnectionFault.AnswerLost:
                    _answersLost++;
                    break;
                default:
                    _byStatus[statusCode] = _byStatus.GetValueOrDefault(statusCode) + 1;
                    break;
            }
        }
    }

    public StatsBody Snapshot()
    {
        lock (_gate)
        {
            return new StatsBody(
                _requests,
                _signIns,
                _byStatus.ToDictionary(pair => pair.Key.ToString(CultureInfo.InvariantCulture), pair => pair.Value, StringComparer.Ordinal),
                _byStatus.GetValueOrDefault(429),
                _dropped,
                _answersLost);
        }
    }
}
