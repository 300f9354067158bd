using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Interactions;

/// <summary>Hands the initial response to the waiting HTTP request, which writes it as its body.</summary>
internal sealed class InlineResponder : IInteractionResponder
{
    private readonly TaskCompletionSource<InteractionResponse> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<InteractionResponse> Response => _response.Task;

    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken) =>
        _response.TrySetResult(response)
            ? Task.CompletedTask
            : throw new InvalidOperationException("An interaction gets exactly one initial response.");

    public void Abandon(Exception error) => _response.TrySetException(error);
}
