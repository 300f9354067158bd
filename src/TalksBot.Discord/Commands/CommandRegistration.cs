using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Commands;

/// <summary>Registers the slash commands once at start with a bulk overwrite (PUT), globally or in
/// <c>Discord:GuildId</c>. Re-putting unchanged commands does not count toward the daily create limit.</summary>
internal sealed class CommandRegistration(DiscordApi api, IOptions<DiscordOptions> options, ILogger<CommandRegistration> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var guild = options.Value.GuildId;
        try
        {
            await api.BulkOverwriteCommandsAsync(CommandCatalog.Definitions, stoppingToken);
            Log.CommandsRegistered(logger, CommandCatalog.Definitions.Count, string.IsNullOrEmpty(guild) ? "global" : "guild " + guild);
        }
        catch (DiscordRestException error) when (!error.IsUnauthorized)
        {
            Log.CommandRegistrationFailed(logger, error);
        }
        catch (DiscordRestException)
        {
            // A 401 has already stopped the host with its cause.
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
