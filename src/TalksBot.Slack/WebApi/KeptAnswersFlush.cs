using Microsoft.Extensions.Hosting;

namespace TalksBot.Slack.WebApi;

/// <summary>At shutdown, after the worker has answered what it had, gives the kept answers one more try within
/// the host's shutdown deadline (<c>Operations:ShutdownTimeout</c>). Registered before the worker, so it stops after it.</summary>
internal sealed class KeptAnswersFlush(AnswerPoster poster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => poster.FlushAsync(cancellationToken);
}
