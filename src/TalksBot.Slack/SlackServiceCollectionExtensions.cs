using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalksBot.Slack.Events;
using TalksBot.Slack.Http;
using TalksBot.Slack.Processing;
using TalksBot.Slack.SocketMode;
using TalksBot.Slack.WebApi;

namespace TalksBot.Slack;

/// <summary>Wires the Slack adapter into a host. The host supplies <c>ICommandRouter</c>, <c>FeedbackRecorder</c>, <c>IDeliveryLedger</c> (TalksBot.State), logging and a <see cref="TimeProvider"/>.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>The meter Slack's instruments are on (Socket Mode reconnects, rate-limit waits).</summary>
    public const string MeterName = "TalksBot.Slack";

    /// <summary>Registers Slack when <c>Slack:BotToken</c> is set (returns false and registers nothing
    /// otherwise). The options are validated at start; a bad value fails start naming its key. With Socket
    /// Mode on, adds the health check "slack" (a connection is open).</summary>
    public static bool AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsEnabled(configuration))
        {
            return false;
        }

        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(SlackApiClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
            .RemoveAllLoggers(); // The default request logging writes URLs, and a response_url lets anyone post as the bot.
        services.AddMetrics();
        services.AddSingleton<SlackMetrics>();
        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<AnswerPoster>();
        services.AddSingleton<ChannelPacer>();
        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<FatalStop>();
        services.AddSingleton<SlackWorkQueue>();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton<ResponseUrlBudget>();
        services.AddSingleton<SlackResponder>();
        services.AddHostedService<IdentityService>();
        services.AddHostedService<KeptAnswersFlush>(); // Stops after the worker: hosted services stop in reverse order.
        services.AddHostedService<SlackWorker>();

        if (!string.IsNullOrWhiteSpace(configuration[Key(nameof(SlackOptions.AppToken))]))
        {
            services.AddTransient(_ => ReconnectBackoff.Create());
            services.TryAddSingleton(new SocketModeTimings());
            services.AddSingleton<SocketModeStatus>();
            services.AddHealthChecks().AddCheck<SocketModeHealthCheck>("slack");
            services.AddHostedService<SocketModeService>();
        }

        if (UsesHttpEndpoint(configuration))
        {
            services.AddSingleton<RequestVerifier>();
            services.AddSingleton<SlackHttpHandler>();
        }

        return true;
    }

    /// <summary>True when Slack is on and <c>Slack:SigningSecret</c> is set, so the host must run Kestrel.</summary>
    public static bool UsesHttpEndpoint(IConfiguration configuration) =>
        IsEnabled(configuration) && !string.IsNullOrWhiteSpace(configuration[Key(nameof(SlackOptions.SigningSecret))]);

    /// <summary>Maps <c>POST /slack/events</c>, <c>/slack/commands</c> and <c>/slack/interactivity</c>
    /// when the signing secret is set; does nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SlackHttpHandler>() is not { } handler)
        {
            return endpoints;
        }

        endpoints.MapPost("/slack/events", (RequestDelegate)handler.EventsAsync);
        endpoints.MapPost("/slack/commands", (RequestDelegate)handler.CommandsAsync);
        endpoints.MapPost("/slack/interactivity", (RequestDelegate)handler.InteractivityAsync);
        return endpoints;
    }

    /// <summary>True when <c>Slack:BotToken</c> is set, so <see cref="AddSlack"/> turns Slack on.</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[Key(nameof(SlackOptions.BotToken))]);

    private static string Key(string property) => SlackOptions.SectionName + ":" + property;
}
