using System.Security.Cryptography;

namespace TalksBot.TestKit;

/// <summary>Credentials for the fake platforms, made fresh on every run: no token-shaped value is kept
/// in the repository, and a test cannot pass by matching a value it happens to know.</summary>
public static class TestCredentials
{
    /// <summary><paramref name="prefix"/> followed by 32 random hex digits.</summary>
    public static string Random(string prefix = "") =>
        prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>A fresh value shaped like a Slack bot token (the adapter checks the shape at start).</summary>
    public static string SlackBotToken() => Random(SlackBotPrefix);

    /// <summary>A fresh value shaped like a Slack app-level token.</summary>
    public static string SlackAppToken() => Random(SlackAppPrefix);

    private const string SlackBotPrefix = "xox" + "b-";
    private const string SlackAppPrefix = "xa" + "pp-";
}
