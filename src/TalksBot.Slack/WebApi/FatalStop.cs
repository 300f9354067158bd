using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalksBot.Slack.WebApi;

/// <summary>Stops the host on errors no retry can fix: a bad, revoked or deactivated token.</summary>
internal sealed class FatalStop(IHostApplicationLifetime lifetime, ILogger<FatalStop> logger)
{
    private static readonly HashSet<string> FatalErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "account_inactive", "token_revoked", "team_disabled", "user_removed_from_team",
    };

    private int _stopped;

    public static bool IsFatal(string? error) => error is not null && FatalErrors.Contains(error);

    /// <summary>Logs one line naming the setting and the cause (never the token), sets a failing exit
    /// code and stops the application.</summary>
    public void Stop(string setting, string cause)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        Log.FatalAuth(logger, setting, cause);
        if (Environment.ExitCode == 0)
        {
            // 3 = a platform refused the bot's credentials (the same code the Discord adapter uses).
            Environment.ExitCode = 3;
        }

        lifetime.StopApplication();
    }
}
