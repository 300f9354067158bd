using Microsoft.Extensions.Logging;
using TalksBot.Core.Deliveries;

namespace TalksBot.Discord.Hosting;

/// <summary>Claims a message or interaction id in the delivery ledger before it is answered, so that a
/// dispatch Discord replays after a resume (possibly on another instance) is answered once.</summary>
internal sealed class DeliveryClaims(IDeliveryLedger ledger, ILogger<DeliveryClaims> logger)
{
    public ValueTask<bool> ClaimMessageAsync(string messageId, CancellationToken cancellationToken) =>
        ClaimAsync("discord:message:" + messageId, "message " + messageId, cancellationToken);

    public ValueTask<bool> ClaimInteractionAsync(string interactionId, CancellationToken cancellationToken) =>
        ClaimAsync("discord:interaction:" + interactionId, "interaction " + interactionId, cancellationToken);

    private async ValueTask<bool> ClaimAsync(string key, string what, CancellationToken cancellationToken)
    {
        if (await ledger.TryClaimAsync([key], cancellationToken))
        {
            return true;
        }

        Log.DeliveryDuplicate(logger, what);
        return false;
    }
}
