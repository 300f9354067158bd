using TalksBot.Discord.Tests.FakeDiscord;
using TalksBot.Discord.Tests.Support;

namespace TalksBot.Load;

/// <summary>The bots' Discord settings beside Slack: the interactions endpoint only (no gateway), verified with
/// the test key, commands registered at the fake Discord.</summary>
public static class LoadSettings
{
    public static Dictionary<string, string> Discord(FakeDiscordServer fake, SigningKey key) => new()
    {
        ["Discord__Token"] = TalksBot.TestKit.TestCredentials.Random("load-bot-token-"),
        ["Discord__ApplicationId"] = GatewaySamples.ApplicationId,
        ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
        ["Discord__Gateway"] = "false",
        ["Discord__InteractionsEndpoint"] = "true",
        ["Discord__PublicKey"] = key.PublicKeyHex,
    };
}
