namespace TalksBot.Discord.Payloads;

/// <summary>Makes a message a reply; with <see cref="FailIfNotExists"/> false a deleted original is no error.</summary>
internal sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
