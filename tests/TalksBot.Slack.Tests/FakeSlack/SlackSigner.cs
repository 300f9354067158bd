using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>Signs requests the way Slack does, independently of the code under test.</summary>
public static class SlackSigner
{
    public static (string Timestamp, string Signature) Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return (timestamp, "v0=" + string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))));
    }
}
