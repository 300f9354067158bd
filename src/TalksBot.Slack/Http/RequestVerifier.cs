using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TalksBot.Slack.Http;

/// <summary>Checks Slack's request signature (notes/slack.md §1): <c>v0=</c> HMAC-SHA256 with the
/// signing secret over <c>v0:{timestamp}:{raw body}</c>, compared in constant time, with the timestamp
/// no more than 5 minutes away from now in either direction (replays and clock games both fail).</summary>
internal sealed class RequestVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string SignatureHeader = "X-Slack-Signature";
    public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private static readonly int SignatureLength = Version.Length + 1 + (SHA256.HashSizeInBytes * 2);

    /// <summary>Null when the request is Slack's, otherwise why it is refused.</summary>
    public string? WhyRefuse(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return "missing signature headers";
        }

        // Cheap checks first: a stale request is refused before any hashing.
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 100_000_000_000)
        {
            return "malformed timestamp";
        }

        var skew = Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds);
        if (skew > MaxSkew.TotalSeconds)
        {
            return "timestamp outside the 5-minute window";
        }

        if (signature.Length != SignatureLength || !signature.StartsWith(Version + "=", StringComparison.Ordinal))
        {
            return "unsupported signature format";
        }

        var expected = Encoding.ASCII.GetBytes(ComputeSignature(options.Value.SigningSecret!, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : "signature mismatch";
    }

    public static string ComputeSignature(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }
}
