using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Feedback;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;
using TalksBot.Core.Semantic;
using Microsoft.Extensions.Logging;

namespace TalksBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Registers the query engine, the chat router (whose answers carry a 👍/👎 rating), feedback
    /// (votes in a JSON Lines file unless another <see cref="IFeedbackStore"/> is registered first; conversations,
    /// "More quotes" pages and rated answers in memory unless shared stores replace them) and autocomplete over
    /// <paramref name="knowledge"/>. Chat options are bound by the caller (section <c>Chat</c>).</summary>
    public static IServiceCollection AddTalksBotCore(this IServiceCollection services, KnowledgeStore knowledge)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(knowledge);
        services.AddSingleton<IKnowledgeSource>(knowledge);
        services.AddSingleton(sp => new SemanticSearch(sp.GetService<ISentenceEmbedder>(), sp.GetRequiredService<ILogger<SemanticSearch>>()));
        services.AddSingleton<IQueryEngine, QueryEngine>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ChatOptions>>().Value;
            return new FollowUpStore(sp.GetRequiredService<TimeProvider>(), options.FollowUpCapacity, options.FollowUpLifetime);
        });
        services.TryAddSingleton<IFollowUpStore>(sp => sp.GetRequiredService<FollowUpStore>());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ChatOptions>>().Value;
            return new ConversationStore(sp.GetRequiredService<TimeProvider>(), options.ConversationCapacity, options.ConversationSilence, options.ConversationTurns);
        });
        services.TryAddSingleton<IConversationStore>(sp => sp.GetRequiredService<ConversationStore>());
        services.AddSingleton<FollowUpResolver>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<ICommandRouter, RatingRouter>();
        services.AddOptions<FeedbackOptions>();
        services.AddSingleton<InMemoryRatedAnswerStore>();
        services.TryAddSingleton<IRatedAnswerStore>(sp => sp.GetRequiredService<InMemoryRatedAnswerStore>());
        services.AddSingleton<RatingRegistry>();
        services.AddSingleton<JsonLinesFeedbackStore>();
        services.TryAddSingleton<IFeedbackStore>(sp => sp.GetRequiredService<JsonLinesFeedbackStore>());
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<IAutocomplete, DataAutocomplete>();
        return services;
    }
}
