using TalksBot.Core.Chat;
using TalksBot.Core.Loading;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>What the conversation tests share: the invented harbour and border articles, and asking in a conversation or alone.</summary>
internal static class ConversationTestKit
{
    public static readonly Knowledge.KnowledgeBase Harbour =
        KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour"), TimeProvider.System);

    /// <summary>The invented border-trade articles: actors with no affiliation, countries known from the vocabulary only.</summary>
    public static readonly Knowledge.KnowledgeBase Border =
        KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "border"), TimeProvider.System);

    public static ValueTask<Reply> AskAsync(ICommandRouter router, string conversation, string text) =>
        router.RouteAsync(new ChatMessage(text, "test", ConversationId: conversation));

    public static ValueTask<Reply> AloneAsync(ICommandRouter router, string text) => router.RouteAsync(new ChatMessage(text, "test"));
}
