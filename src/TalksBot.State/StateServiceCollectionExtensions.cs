using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalksBot.Core.Chat;
using TalksBot.Core.Conversation;
using TalksBot.Core.Coordination;
using TalksBot.Core.Deliveries;
using TalksBot.Core.Feedback;
using TalksBot.Core.Limits;
using TalksBot.State.Conversations;
using TalksBot.State.Coordination;
using TalksBot.State.Deliveries;
using TalksBot.State.Feedback;
using TalksBot.State.Limits;
using TalksBot.State.Redis;

namespace TalksBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>The meter shared state's instruments are on (deliveries deduplicated, questions rate-limited, Redis fallbacks).</summary>
    public const string MeterName = StateMetrics.MeterName;

    /// <summary>Registers <see cref="IDeliveryLedger"/> and <see cref="IRateLimits"/> (section <c>RateLimits</c>): shared through Redis when <c>Redis:Configuration</c>
    /// is set (with the health check "redis"), in memory otherwise. With Redis it also replaces Core's in-memory
    /// conversations, "More quotes" pages, rated answers, the votes file and the start pacing (<see cref="IStartPacing"/>) by shared stores (each falling back to
    /// Core's own while Redis is unreachable; call after <c>AddTalksBotCore</c>). Returns true when Redis is configured.</summary>
    public static bool AddTalksBotState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<StateMetrics>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MemoryDeliveryLedger>();
        services.AddSingleton<MemoryRateLimits>();
        if (string.IsNullOrWhiteSpace(configuration[StateOptions.SectionName + ":" + nameof(StateOptions.Configuration)]))
        {
            services.AddSingleton<IDeliveryLedger, InMemoryLedger>();
            services.AddSingleton<IRateLimits, InMemoryRateLimits>();
            return false;
        }

        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisOutage>();
        services.AddSingleton<RedisDeliveryStore>();
        services.AddSingleton<RedisRateLimitStore>();
        services.AddSingleton<RedisStartStore>();
        services.TryAddSingleton<MemoryStartPacing>();
        services.AddSingleton<IDeliveryLedger, SharedDeliveryLedger>();
        services.AddSingleton<IRateLimits, SharedRateLimits>();
        services.AddSingleton<RedisFallback>();
        services.Replace(ServiceDescriptor.Singleton<IStartPacing, SharedStartPacing>());
        services.Replace(ServiceDescriptor.Singleton<IConversationStore, SharedConversationStore>());
        services.Replace(ServiceDescriptor.Singleton<IFollowUpStore, SharedFollowUpStore>());
        services.Replace(ServiceDescriptor.Singleton<IRatedAnswerStore, SharedRatedAnswerStore>());
        services.Replace(ServiceDescriptor.Singleton<IFeedbackStore, SharedFeedbackStore>());
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return true;
    }
}
