namespace TalksBot.Discord.Messages;

/// <summary>The interaction a late reply belongs to: its id (the lane and what the logs name), its token (the
/// webhook's capability, never logged) and when that token stops working.</summary>
internal sealed record InteractionReply(string Id, string Token, DateTimeOffset TokenExpires)
{
    /// <summary>An interaction token works for 15 minutes from the interaction (notes/discord.md §1.4).</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    internal ReplyPoster.Target Target => new("interaction:" + Id, "interaction " + Id, TokenExpires);
}
