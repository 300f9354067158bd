using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rest;

namespace TalksBot.Discord.Interactions;

/// <summary>Over the gateway an interaction is answered with <c>POST /interactions/{id}/{token}/callback</c>.</summary>
internal sealed class CallbackResponder(DiscordApi api) : IInteractionResponder
{
    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        api.CreateInteractionResponseAsync(interaction, response, cancellationToken);
}
