using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Slack.SocketMode;

namespace TalksBot.Slack.WebApi;

/// <summary>Learns the bot's own ids with auth.test at start, so that its own posts are never
/// answered. Transient failures retry with backoff; a refused bot token stops the host.</summary>
internal sealed class IdentityService(
    SlackApiClient api,
    SlackIdentity identity,
    FatalStop fatalStop,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<IdentityService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Starting(logger, options.Value.UsesSocketMode, options.Value.UsesHttp);
        var backoff = ReconnectBackoff.Create();
        try
        {
            while (true)
            {
                var response = await api.AuthTestAsync(stoppingToken);
                if (response is { Ok: true, UserId: { Length: > 0 } userId })
                {
                    Log.Authenticated(logger, userId, response.BotId ?? "");
                    identity.Set(new BotIdentity(userId, response.BotId ?? ""));
                    return;
                }

                if (FatalStop.IsFatal(response.Error))
                {
                    fatalStop.Stop("Slack:BotToken", response.Error!);
                    return;
                }

                var delay = backoff.Next();
                Log.AuthRetry(logger, delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
