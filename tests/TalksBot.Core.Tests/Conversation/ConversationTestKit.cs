using TalksBot.Core.Chat;
using TalksBot.Core.Loading;

namespace TalksBot.Core.Tests.Conversation;

/// <summary>What the conversation tests share: the invented harbour, border and ferry articles, and asking in a conversation or alone.</summary>
internal static class ConversationTestKit
{
    public static readonly Knowledge.KnowledgeBase Harbour =
        KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "harbour"), TimeProvider.System);

    /// <summary>The invented border-trade articles: actors with no affiliation, countries known from the vocabulary only.</summary>
    public static readonly Knowledge.KnowledgeBase Border =
        KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "border"), TimeProvider.System);

    /// <summary>An invented ferry article: a commissioner who says no date is fixed just before offering to host the talks.</summary>
    public static readonly Knowledge.KnowledgeBase Ferry =
        KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ferry"), TimeProvider.System);

    public static ValueTask<Reply> AskAsync(ICommandRouter router, string conversation, string text) =>
        router.RouteAsync(new ChatMessage(text, "test", ConversationId: conversation));

    public static ValueTask<Reply> AloneAsync(ICommandRouter router, string text) => router.RouteAsync(new ChatMessage(text, "test"));
}
