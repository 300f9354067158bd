using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Slack.Http;
using TalksBot.TestKit;

namespace TalksBot.Slack.Tests;

public sealed class RequestVerifierTests
{
    private const string Timestamp = "1531420618";
    private const string Body = "team_id=T1DC2JH3J&channel_id=G8PSS9T3V&user_id=U2CERLKJA&command=%2Fask&text=who+proposed+neutrality";

    private static readonly string Secret = TestCredentials.Random();

    /// <summary>Slack's documented scheme, written out here: "v0=" and the lowercase hex HMAC-SHA256,
    /// keyed by the signing secret, of "v0:{timestamp}:{body}".</summary>
    private static readonly string Signature =
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{Timestamp}:{Body}")));

    [Fact]
    public void ComputeSignature_FollowsSlacksDocumentedScheme() =>
        Assert.Equal(Signature, RequestVerifier.ComputeSignature(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(0, null)]
    [InlineData(300, null)]
    [InlineData(-300, null)]
    [InlineData(301, "timestamp outside the 5-minute window")]
    [InlineData(-301, "timestamp outside the 5-minute window")]
    public void WhyRefuse_SignedRequest_AcceptedOnlyWithinFiveMinutesEitherWay(int clockOffsetSeconds, string? expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture) + clockOffsetSeconds));
        var verifier = new RequestVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), time);

        Assert.Equal(expected, verifier.WhyRefuse(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(Timestamp, "last digit changed", "signature mismatch")]
    [InlineData(Timestamp, "uppercase", "signature mismatch")]
    [InlineData(Timestamp, "cut short", "unsupported signature format")]
    [InlineData("not-a-number", "valid", "malformed timestamp")]
    [InlineData("-1531420618", "valid", "malformed timestamp")]
    [InlineData("", "valid", "missing signature headers")]
    [InlineData(Timestamp, "absent", "missing signature headers")]
    public void WhyRefuse_BadHeaders_Refused(string? timestamp, string signature, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618));
        var verifier = new RequestVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), time);
        var sent = signature switch
        {
            "last digit changed" => Signature[..^1] + (Signature[^1] == '0' ? '1' : '0'),
            "uppercase" => "v0=" + Signature[3..].ToUpperInvariant(),
            "cut short" => Signature[..9],
            "absent" => null,
            _ => Signature,
        };

        Assert.Equal(expected, verifier.WhyRefuse(timestamp, sent, Encoding.UTF8.GetBytes(Body)));
    }
}
