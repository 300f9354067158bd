using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalksBot.Core.Coordination;
using TalksBot.Discord.Commands;
using TalksBot.Discord.Gateway;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Interactions;
using TalksBot.Discord.Messages;
using TalksBot.Discord.Rest;
using TalksBot.Discord.Routing;

namespace TalksBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The meter Discord's instruments are on (reconnects, resumes, rate-limit waits).</summary>
    public const string MeterName = "TalksBot.Discord";

    /// <summary>The name of the HttpClient every REST call goes through.</summary>
    internal const string HttpClientName = "TalksBot.Discord";

    /// <summary>Adds the Discord adapter when <c>Discord:Token</c> is set (returns false and adds nothing
    /// otherwise). The options are validated at start; a bad value fails start naming its key. The host
    /// provides <c>ICommandRouter</c>, <c>IAutocomplete</c>, <c>FeedbackRecorder</c>, <c>IDeliveryLedger</c> (TalksBot.State) and logging. Adds the health check "discord"
    /// (the gateway session is live) and the instruments on <see cref="MeterName"/>.</summary>
    public static bool AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return false;
        }

        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(HttpClientName, (provider, http) =>
        {
            var settings = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            http.BaseAddress = new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/");
            http.Timeout = Timeout.InfiniteTimeSpan;
            http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        }).RemoveAllLoggers(); // The default request logging writes URLs, and webhook URLs hold interaction tokens.

        services.AddMetrics();
        services.AddSingleton<DiscordMetrics>();
        services.AddSingleton<GatewayStatus>();
        services.AddHealthChecks().AddCheck<GatewayHealthCheck>("discord");
        services.AddSingleton<FatalShutdown>();
        services.AddSingleton<BackgroundWork>();
        services.AddSingleton<DeliveryClaims>();
        services.AddSingleton<ReplyPoster>();
        services.AddHostedService<KeptRepliesFlush>(); // Stops after the background work: hosted services stop in reverse order.
        services.AddHostedService(provider => provider.GetRequiredService<BackgroundWork>());
        services.AddSingleton<RateLimitBuckets>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<RestTransport>(
            provider, provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddSingleton<DiscordApi>();
        services.AddSingleton<SafeRouter>();
        services.AddSingleton<InteractionProcessor>();
        services.AddSingleton<CallbackResponder>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<GatewayDispatcher>();
        services.AddSingleton<GatewayConnection>();
        services.AddSingleton<ShardRunner>();
        services.AddSingleton<GatewaySessionFile>();
        // Shared across processes when TalksBot.State has registered its Redis pacing; this process alone otherwise.
        services.TryAddSingleton<MemoryStartPacing>();
        services.TryAddSingleton<IStartPacing>(provider => provider.GetRequiredService<MemoryStartPacing>());
        services.AddSingleton<IdentifyGate>();
        services.AddSingleton(provider => new SignatureVerifier(
            Ed25519PublicKey.TryParse(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey, out var key)
                ? key
                : throw new OptionsValidationException(DiscordOptions.SectionName, typeof(DiscordOptions), ["Discord:PublicKey is not a valid Ed25519 public key."])));
        services.AddSingleton<InteractionEndpoint>();
        services.AddHostedService<CommandRegistration>();
        services.AddHostedService<GatewayClient>();
        return true;
    }

    /// <summary>True when Discord is on and <c>Discord:InteractionsEndpoint</c> is on, so the host must listen for HTTP.</summary>
    public static bool UsesHttpEndpoint(IConfiguration configuration) =>
        IsConfigured(configuration)
        && bool.TryParse(configuration[DiscordOptions.SectionName + ":" + nameof(DiscordOptions.InteractionsEndpoint)], out var on)
        && on;

    /// <summary>Maps <c>POST /discord/interactions</c> when the endpoint is on; does nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        var added = endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(InteractionEndpoint)) == true;
        if (!added || !endpoints.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value.InteractionsEndpoint)
        {
            return endpoints;
        }

        endpoints.MapPost(InteractionEndpoint.Path, (HttpContext context, InteractionEndpoint endpoint) => endpoint.HandleAsync(context));
        return endpoints;
    }

    /// <summary>Discord asks for "DiscordBot ($url, $versionNumber)".</summary>
    internal static string UserAgent { get; } =
        $"DiscordBot (https://github.com/talksbot/talksbot, {typeof(DiscordOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"}) TalksBot";

    /// <summary>True when <c>Discord:Token</c> is set, so <see cref="AddDiscord"/> turns Discord on.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[DiscordOptions.SectionName + ":" + nameof(DiscordOptions.Token)]);
}
