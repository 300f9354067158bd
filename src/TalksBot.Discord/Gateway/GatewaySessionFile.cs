using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalksBot.Discord.Gateway;

/// <summary>Carries the gateway session across a restart through <see cref="DiscordOptions.SessionFile"/>:
/// written at shutdown (after the gateway was closed without ending the session), read and removed at the
/// next start, which then resumes instead of identifying and gets what Discord sent meanwhile replayed.
/// A session Discord no longer knows is answered with INVALID_SESSION, and the bot identifies as usual.</summary>
internal sealed class GatewaySessionFile(IOptions<DiscordOptions> options, ILogger<GatewaySessionFile> logger)
{
    /// <summary>True when a session file is configured, so shutdown must not end the session.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(options.Value.SessionFile);

    private string Path => options.Value.SessionFile!;

    public void Save(GatewaySession session)
    {
        if (!IsEnabled || session.SessionId is not { } sessionId)
        {
            return;
        }

        var settings = options.Value;
        var saved = new SavedSession(sessionId, session.Sequence, session.ResumeUrl?.ToString(), session.BotUserId, settings.ShardId, settings.ShardCount);
        try
        {
            var temporary = Path + ".tmp";
            var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(temporary, fileOptions))
            {
                JsonSerializer.Serialize(file, saved, DiscordJsonContext.Default.SavedSession);
            }

            File.Move(temporary, Path, overwrite: true);
            Log.GatewaySessionSaved(logger, sessionId, saved.Sequence);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Log.GatewaySessionFileFailed(logger, Path, error.Message);
        }
    }

    /// <summary>Starts <paramref name="session"/> from the saved one when there is one for this shard; the file is used once.</summary>
    public bool TryRestore(GatewaySession session)
    {
        if (!IsEnabled || !File.Exists(Path))
        {
            return false;
        }

        try
        {
            var saved = JsonSerializer.Deserialize(File.ReadAllBytes(Path), DiscordJsonContext.Default.SavedSession);
            File.Delete(Path);
            var settings = options.Value;
            if (saved is null || saved.ShardId != settings.ShardId || saved.ShardCount != settings.ShardCount)
            {
                Log.GatewaySessionFileFailed(logger, Path, "it belongs to another shard");
                return false;
            }

            session.Start(saved.SessionId, Uri.TryCreate(saved.ResumeUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : null, saved.BotUserId);
            if (saved.Sequence is { } sequence)
            {
                session.Observe(sequence);
            }

            Log.GatewaySessionRestored(logger, saved.SessionId, saved.Sequence);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            Log.GatewaySessionFileFailed(logger, Path, error.Message);
            return false;
        }
    }
}
