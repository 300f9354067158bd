namespace TalksBot.Discord.Gateway;

/// <summary>A gateway session as written at shutdown for the next start to resume. It holds no token.</summary>
internal sealed record SavedSession(string SessionId, int? Sequence, string? ResumeUrl, string BotUserId, int ShardId, int ShardCount);
