using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalksBot.Discord.Gateway;

/// <summary>Carries the gateway session across a restart through <see cref="DiscordOptions.SessionFile"/>:
/// written at shutdown (after the gateway was closed without ending the session), read and removed at the
/// next start, which then resumes instead of identifying and gets what Discord sent meanwhile replayed.
/// A session Discord no longer knows is answered with INVALID_SESSION, and the bot identifies as usual.
/// Each shard has its own file: the configured path with one shard in all, else <c>name.shard-N.ext</c> beside
/// it, so that shards (and processes running other shards) never share one.</summary>
internal sealed class GatewaySessionFile(IOptions<DiscordOptions> options, ILogger<GatewaySessionFile> logger)
{
    /// <summary>True when a session file is configured, so shutdown must not end the session.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(options.Value.SessionFile);

    public void Save(GatewayShard shard, GatewaySession session)
    {
        if (!IsEnabled || session.SessionId is not { } sessionId)
        {
            return;
        }

        var saved = new SavedSession(sessionId, session.Sequence, session.ResumeUrl?.ToString(), session.BotUserId, shard.Id, shard.Count);
        var path = PathOf(shard);
        try
        {
            var temporary = path + ".tmp";
            var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new FileStream(temporary, fileOptions))
            {
                JsonSerializer.Serialize(file, saved, DiscordJsonContext.Default.SavedSession);
            }

            File.Move(temporary, path, overwrite: true);
            Log.GatewaySessionSaved(logger, shard.Id, sessionId, saved.Sequence);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Log.GatewaySessionFileFailed(logger, path, error.Message);
        }
    }

    /// <summary>Starts <paramref name="session"/> from the saved one when there is one for this shard; the file is used once.</summary>
    public bool TryRestore(GatewayShard shard, GatewaySession session)
    {
        var path = IsEnabled ? PathOf(shard) : null;
        if (path is null || !File.Exists(path))
        {
            return false;
        }

        try
        {
            var saved = JsonSerializer.Deserialize(File.ReadAllBytes(path), DiscordJsonContext.Default.SavedSession);
            File.Delete(path);
            if (saved is null || saved.ShardId != shard.Id || saved.ShardCount != shard.Count)
            {
                Log.GatewaySessionFileFailed(logger, path, "it belongs to another shard");
                return false;
            }

            session.Start(saved.SessionId, Uri.TryCreate(saved.ResumeUrl, UriKind.Absolute, out var resumeUrl) ? resumeUrl : null, saved.BotUserId);
            if (saved.Sequence is { } sequence)
            {
                session.Observe(sequence);
            }

            Log.GatewaySessionRestored(logger, shard.Id, saved.SessionId, saved.Sequence);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            Log.GatewaySessionFileFailed(logger, path, error.Message);
            return false;
        }
    }

    /// <summary>The file of <paramref name="shard"/>: the configured path when the bot has one shard (as before
    /// sharding), else e.g. <c>discord-session.shard-2.json</c> beside it.</summary>
    private string PathOf(GatewayShard shard)
    {
        var configured = options.Value.SessionFile!;
        if (shard.Count == 1)
        {
            return configured;
        }

        var name = Path.GetFileNameWithoutExtension(configured) + ".shard-" + shard.Id + Path.GetExtension(configured);
        return Path.Combine(Path.GetDirectoryName(configured) ?? "", name);
    }
}
