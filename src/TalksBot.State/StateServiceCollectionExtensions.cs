using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TalksBot.Core.Deliveries;
using TalksBot.State.Deliveries;
using TalksBot.State.Redis;

namespace TalksBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>The meter shared state's instruments are on (deliveries deduplicated, Redis fallbacks).</summary>
    public const string MeterName = StateMetrics.MeterName;

    /// <summary>Registers <see cref="IDeliveryLedger"/>: shared through Redis when <c>Redis:Configuration</c>
    /// is set (with the health check "redis"), in memory otherwise. Returns true when Redis is configured.</summary>
    public static bool AddTalksBotState(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<StateMetrics>();
        services.AddSingleton<MemoryDeliveryLedger>();
        if (string.IsNullOrWhiteSpace(configuration[StateOptions.SectionName + ":" + nameof(StateOptions.Configuration)]))
        {
            services.AddSingleton<IDeliveryLedger, InMemoryLedger>();
            return false;
        }

        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisDeliveryStore>();
        services.AddSingleton<IDeliveryLedger, SharedDeliveryLedger>();
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return true;
    }
}
