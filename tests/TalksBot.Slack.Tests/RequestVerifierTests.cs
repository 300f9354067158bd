using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalksBot.Slack.Http;

namespace TalksBot.Slack.Tests;

public sealed class RequestVerifierTests
{
    // Slack's documented example (also used by python-slack-sdk's tests).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    [Fact]
    public void ComputeSignature_SlacksDocumentedExample_Matches() =>
        Assert.Equal(Signature, RequestVerifier.ComputeSignature(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(0, null)]
    [InlineData(300, null)]
    [InlineData(-300, null)]
    [InlineData(301, "timestamp outside the 5-minute window")]
    [InlineData(-301, "timestamp outside the 5-minute window")]
    public void WhyRefuse_DocumentedExample_AcceptedOnlyWithinFiveMinutesEitherWay(int clockOffsetSeconds, string? expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture) + clockOffsetSeconds));
        var verifier = new RequestVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), time);

        Assert.Equal(expected, verifier.WhyRefuse(Timestamp, Signature, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", "signature mismatch")]
    [InlineData("1531420618", "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503", "signature mismatch")]
    [InlineData("1531420618", "v0=a2114d", "unsupported signature format")]
    [InlineData("not-a-number", Signature, "malformed timestamp")]
    [InlineData("-1531420618", Signature, "malformed timestamp")]
    [InlineData("", Signature, "missing signature headers")]
    [InlineData("1531420618", null, "missing signature headers")]
    public void WhyRefuse_BadHeaders_Refused(string? timestamp, string? signature, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618));
        var verifier = new RequestVerifier(Options.Create(new SlackOptions { SigningSecret = Secret }), time);

        Assert.Equal(expected, verifier.WhyRefuse(timestamp, signature, Encoding.UTF8.GetBytes(Body)));
    }
}
