using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Loading;
using TalksBot.Core.Query;

namespace TalksBot.TestKit;

/// <summary>The real Core over the repository's data/, for tests of every project.</summary>
public static class TestCore
{
    private static readonly Lazy<KnowledgeBase> RepositoryData = new(() => KnowledgeLoader.Load(RepositoryPaths.Data, TimeProvider.System));

    public static KnowledgeBase Knowledge => RepositoryData.Value;

    public static IQueryEngine CreateEngine(KnowledgeBase? knowledge = null) => new QueryEngine(new KnowledgeStore(knowledge ?? Knowledge));

    public static ICommandRouter CreateRouter(KnowledgeBase? knowledge = null, TimeProvider? time = null, ChatOptions? options = null, ILogger<CommandRouter>? logger = null)
    {
        var store = new KnowledgeStore(knowledge ?? Knowledge);
        var chat = options ?? new ChatOptions();
        var followUps = new FollowUpStore(time ?? TimeProvider.System, chat.FollowUpCapacity, chat.FollowUpLifetime);
        var conversations = new ConversationStore(time ?? TimeProvider.System, chat.ConversationCapacity, chat.ConversationSilence, chat.ConversationTurns);
        return new CommandRouter(new QueryEngine(store), store, followUps, conversations, new FollowUpResolver(store), Options.Create(chat), logger ?? NullLogger<CommandRouter>.Instance);
    }

    public static IAutocomplete CreateAutocomplete(KnowledgeBase? knowledge = null)
    {
        var store = new KnowledgeStore(knowledge ?? Knowledge);
        return new DataAutocomplete(store, new QueryEngine(store), TimeProvider.System);
    }
}
