using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalksBot.Discord.Hosting;

/// <summary>Stops the host for errors a retry cannot fix (bad token, invalid shard or intents): one
/// clear log line, a non-zero exit code, no reconnect loop.</summary>
internal sealed class FatalShutdown(IHostApplicationLifetime lifetime, ILogger<FatalShutdown> logger)
{
    public const int ExitCode = 3;

    private int _stopped;

    public bool HasStopped => Volatile.Read(ref _stopped) == 1;

    public void Stop(string cause)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        Log.FatalStop(logger, cause);
        Environment.ExitCode = ExitCode;
        lifetime.StopApplication();
    }
}
