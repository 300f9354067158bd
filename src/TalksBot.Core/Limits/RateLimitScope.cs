namespace TalksBot.Core.Limits;

/// <summary>Whose questions a limit counts.</summary>
public enum RateLimitScope
{
    User,
    Channel,
}
