namespace TalksBot.Discord.Payloads;

internal sealed record User(string Id, string? Username = null, bool? Bot = null);
