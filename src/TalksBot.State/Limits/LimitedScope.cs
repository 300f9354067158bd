using TalksBot.Core.Limits;

namespace TalksBot.State.Limits;

/// <summary>One limit that applies to a question: whose (<paramref name="Key"/>), how many, in what window.</summary>
internal sealed record LimitedScope(RateLimitScope Scope, string Key, int Limit, TimeSpan Window)
{
    /// <summary>The limits that apply to a question of <paramref name="userId"/> in <paramref name="channelId"/>, user first.</summary>
    public static IReadOnlyList<LimitedScope> For(RateLimitOptions options, string? userId, string? channelId)
    {
        var scopes = new List<LimitedScope>(2);
        if (userId is not null && options.PerUser > 0)
        {
            scopes.Add(new(RateLimitScope.User, "user:" + userId, options.PerUser, options.UserWindow));
        }

        if (channelId is not null && options.PerChannel > 0)
        {
            scopes.Add(new(RateLimitScope.Channel, "channel:" + channelId, options.PerChannel, options.ChannelWindow));
        }

        return scopes;
    }
}
