using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.State.Redis;

namespace TalksBot.State.Conversations;

/// <summary>Conversations shared by every instance: per conversation id a Redis list of its last
/// <see cref="ChatOptions.ConversationTurns"/> turns (JSON), expiring after <see cref="ChatOptions.ConversationSilence"/>
/// without a message (its TTL is set again by every turn), so a follow-up served by another instance reads
/// the same thread. Every write goes to this instance's memory too; while Redis is down the thread is read
/// from there (what this instance saw), and Redis is read again as soon as it answers.</summary>
internal sealed class SharedConversationStore(RedisFallback redis, ConversationStore memory, IOptions<StateOptions> state, IOptions<ChatOptions> chat) : IConversationStore
{
    // KEYS[1] the conversation; ARGV turn, turns kept, silence (ms).
    private const string AddScript = """
        redis.call('RPUSH', KEYS[1], ARGV[1])
        redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    // KEYS[1] the conversation; ARGV turn, silence (ms). A conversation that expired meanwhile stays forgotten.
    private const string ReplaceLastScript = """
        if redis.call('LLEN', KEYS[1]) == 0 then return 0 end
        redis.call('LSET', KEYS[1], -1, ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    private readonly long _silence = (long)chat.Value.ConversationSilence.TotalMilliseconds;

    public async ValueTask<IReadOnlyList<ConversationTurn>> HistoryAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        return await redis.RunAsync<IReadOnlyList<ConversationTurn>>(
            async database => [.. (await database.ListRangeAsync(Key(conversationId))).Select(Read).OfType<ConversationTurn>()],
            () => memory.History(conversationId),
            cancellationToken);
    }

    public async ValueTask AddAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken = default)
    {
        memory.Add(conversationId, turn);
        await redis.WriteAsync(
            database => database.ScriptEvaluateAsync(AddScript, [Key(conversationId)], [Serialize(turn), chat.Value.ConversationTurns, _silence]),
            cancellationToken);
    }

    public async ValueTask ReplaceLastAsync(string conversationId, ConversationTurn turn, CancellationToken cancellationToken = default)
    {
        memory.ReplaceLast(conversationId, turn);
        await redis.WriteAsync(
            database => database.ScriptEvaluateAsync(ReplaceLastScript, [Key(conversationId)], [Serialize(turn), _silence]),
            cancellationToken);
    }

    public async ValueTask ForgetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        memory.Forget(conversationId);
        await redis.WriteAsync(database => database.KeyDeleteAsync(Key(conversationId)), cancellationToken);
    }

    private RedisKey Key(string conversationId) => state.Value.KeyPrefix + "conversation:" + conversationId;

    private static RedisValue Serialize(ConversationTurn turn) => StoredJson.Write(turn, StateJsonContext.Default.ConversationTurn);

    private static ConversationTurn? Read(RedisValue value) => StoredJson.Read(value, StateJsonContext.Default.ConversationTurn);
}
