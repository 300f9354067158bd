using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Interactions;

/// <summary>Sends the one initial response an interaction gets: inline in the HTTP answer, or through
/// the callback endpoint for interactions that came over the gateway.</summary>
internal interface IInteractionResponder
{
    Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken);
}
