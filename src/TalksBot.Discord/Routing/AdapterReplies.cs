using TalksBot.Core.Chat;

namespace TalksBot.Discord.Routing;

/// <summary>The few replies the adapter writes itself, for input that never reaches the router.</summary>
internal static class AdapterReplies
{
    public static Reply Failure { get; } = new(ReplyKind.Error, "Something went wrong while answering. Please try again.");

    public static Reply UnknownCommand { get; } = new(ReplyKind.Error, "That command is not available. Try /help.");

    public static Reply UnknownButton { get; } = new(ReplyKind.Error, "That button no longer works. Ask again with /ask.");

    public static Reply MessageWithoutText { get; } = new(ReplyKind.Error, "That message has no text I can read. Ask your question with /ask.");

    public static Reply UnknownMenu { get; } = new(ReplyKind.Error, "I don't have that menu. Ask your question with /ask.");

    public static Reply UnknownForm { get; } = new(ReplyKind.Error, "I don't have that form. Ask your question with /ask.");
}
