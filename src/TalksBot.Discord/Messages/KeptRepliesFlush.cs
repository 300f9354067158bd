using Microsoft.Extensions.Hosting;

namespace TalksBot.Discord.Messages;

/// <summary>At shutdown, after the background work has finished, gives the kept message replies one more try within
/// the host's shutdown deadline. Registered before <c>BackgroundWork</c>, so it stops after it.</summary>
internal sealed class KeptRepliesFlush(ReplyPoster poster) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => poster.FlushAsync(cancellationToken);
}
