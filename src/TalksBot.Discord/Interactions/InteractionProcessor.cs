using Microsoft.Extensions.Logging;
using TalksBot.Core.Chat;
using TalksBot.Core.Feedback;
using TalksBot.Discord.Commands;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Messages;
using TalksBot.Discord.Payloads;
using TalksBot.Discord.Rendering;
using TalksBot.Discord.Routing;

namespace TalksBot.Discord.Interactions;

/// <summary>Answers an interaction, however it arrived. Discord invalidates the token unless the initial
/// response comes within 3 s, so the router gets <see cref="DeferAfter"/>: an answer ready by then goes in
/// the initial response, otherwise the interaction is deferred and the answer edited in afterwards.</summary>
internal sealed class InteractionProcessor(
    SafeRouter router,
    BackgroundWork work,
    IAutocomplete autocomplete,
    FeedbackRecorder feedback,
    ReplyPoster replies,
    TimeProvider time,
    ILogger<InteractionProcessor> logger)
{
    public static readonly TimeSpan DeferAfter = TimeSpan.FromSeconds(2);

    /// <param name="receivedAt">A <see cref="TimeProvider.GetTimestamp"/> taken when the interaction arrived.</param>
    public async Task ProcessAsync(Interaction interaction, IInteractionResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        var once = new OnceResponder(responder);
        var name = interaction.Data?.Name ?? interaction.Data?.CustomId?.Split(':')[0] ?? "interaction";
        try
        {
            await DispatchAsync(interaction, once, receivedAt, cancellationToken);
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            Log.InteractionFailed(logger, error, name);
            if (!once.HasResponded)
            {
                await once.RespondAsync(interaction, Immediate(AdapterReplies.Failure, isButton: false), cancellationToken);
            }
        }
    }

    private Task DispatchAsync(Interaction interaction, OnceResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        var data = interaction.Data ?? new InteractionData();
        return interaction.Type switch
        {
            Interaction.PingType => responder.RespondAsync(interaction, InteractionResponse.Pong, cancellationToken),
            Interaction.AutocompleteType => responder.RespondAsync(
                interaction,
                new InteractionResponse(InteractionResponse.AutocompleteResultType, Choices: CommandCatalog.Suggest(data, autocomplete)),
                cancellationToken),
            Interaction.ApplicationCommandType when CommandCatalog.RouterText(data) is { } text =>
                AnswerAsync(interaction, text, isButton: false, responder, receivedAt, cancellationToken),
            Interaction.ApplicationCommandType when CommandCatalog.IsAskAboutMessage(data) => CommandCatalog.RouterTextOfMessage(data) is { } text
                ? AnswerAsync(interaction, text, isButton: false, responder, receivedAt, cancellationToken, privately: true)
                : responder.RespondAsync(interaction, Immediate(AdapterReplies.MessageWithoutText, isButton: false), cancellationToken),
            Interaction.MessageComponentType when FeedbackButtons.Parse(data.CustomId) is { } click =>
                RecordFeedbackAsync(interaction, click, responder, cancellationToken),
            Interaction.MessageComponentType when CommandCatalog.RouterTextOfButton(data) is { } text =>
                AnswerAsync(interaction, text, isButton: true, responder, receivedAt, cancellationToken),
            Interaction.MessageComponentType => responder.RespondAsync(interaction, Immediate(UnknownComponent(data), isButton: true), cancellationToken),
            Interaction.ModalSubmitType => responder.RespondAsync(interaction, Immediate(AdapterReplies.UnknownForm, isButton: true), cancellationToken),
            _ => responder.RespondAsync(interaction, Immediate(AdapterReplies.UnknownCommand, isButton: false), cancellationToken),
        };
    }

    /// <summary>In a DM, an interaction belongs to the DM's conversation; in a guild to none.</summary>
    private static string? ConversationOf(Interaction interaction) =>
        interaction.GuildId is null && interaction.ChannelId is { } channel ? "discord:" + channel : null;

    /// <param name="privately">Show the answer to the asker only (ephemeral), whatever its kind.</param>
    private async Task AnswerAsync(Interaction interaction, string text, bool isButton, OnceResponder responder, long receivedAt, CancellationToken cancellationToken, bool privately = false)
    {
        // On the thread pool (Core's router may finish synchronously, and then the defer budget could not fire
        // while it runs), in one of the bounded slots; the budget also covers waiting for a slot.
        var routing = work.RunBoundedAsync(ct => router.RouteAsync(text, interaction.UserId, ConversationOf(interaction), ct), cancellationToken);
        var budget = DeferAfter - time.GetElapsedTime(receivedAt);
        if (budget > TimeSpan.Zero)
        {
            await ((Task)routing).WaitAsync(budget, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var surface = isButton ? "button" : "/" + interaction.Data?.Name;
        if (routing.IsCompletedSuccessfully)
        {
            await responder.RespondAsync(interaction, Immediate(routing.Result, isButton, privately), cancellationToken);
            Log.InteractionAnswered(logger, surface, FirstWord(text), routing.Result.Kind.ToString(), time.GetElapsedTime(receivedAt).TotalMilliseconds, false);
            return;
        }

        // Ephemerality is fixed at defer time; help is the one command known to be private up front.
        var deferPrivate = privately || (!isButton && text == CommandCatalog.Help);
        var defer = isButton
            ? new InteractionResponse(InteractionResponse.DeferredUpdateMessageType)
            : new InteractionResponse(InteractionResponse.DeferredChannelMessageType, deferPrivate ? Ephemeral(new MessagePayload()) : null);
        await responder.RespondAsync(interaction, defer, cancellationToken);

        var reply = await routing;
        var tokenExpires = time.GetUtcNow() - time.GetElapsedTime(receivedAt) + InteractionReply.TokenLifetime;
        await DeliverLateAsync(new InteractionReply(interaction.Id, interaction.Token, tokenExpires), reply, isButton, deferPrivate, cancellationToken);
        Log.InteractionAnswered(logger, surface, FirstWord(text), reply.Kind.ToString(), time.GetElapsedTime(receivedAt).TotalMilliseconds, true);
    }

    /// <summary>A 👍/👎 is acknowledged with a message only the clicker sees (with the reasons after a 👎);
    /// a reason click updates that private message in place.</summary>
    private async Task RecordFeedbackAsync(Interaction interaction, FeedbackClick click, OnceResponder responder, CancellationToken cancellationToken)
    {
        var ack = await feedback.RecordAsync(click.Token, click.Vote, click.Reason, SafeRouter.Surface, interaction.UserId, cancellationToken);
        if (ack is null)
        {
            await responder.RespondAsync(interaction, Immediate(AdapterReplies.UnknownButton, isButton: true), cancellationToken);
            return;
        }

        var message = new MessagePayload(Content: DiscordText.Escape(ack.Text), Components: ack.OffersReasons ? [FeedbackButtons.Reasons(click.Token)] : [], Flags: MessagePayload.EphemeralFlag);
        var type = click.Reason is null ? InteractionResponse.ChannelMessageType : InteractionResponse.UpdateMessageType;
        await responder.RespondAsync(interaction, new InteractionResponse(type, message), cancellationToken);
    }

    /// <summary>A failure that passes (429, 5xx, no answer) keeps the reply for a later try while the token works (<see cref="ReplyPoster"/>).</summary>
    private async Task DeliverLateAsync(InteractionReply interaction, Reply reply, bool isButton, bool deferredPrivate, CancellationToken cancellationToken)
    {
        var message = ReplyRenderer.Render(reply);
        if (reply.IsPrivate && (isButton || !deferredPrivate))
        {
            // The deferred response is public: a private answer goes in an ephemeral follow-up instead,
            // and a command's public "thinking…" placeholder is removed.
            if (!isButton)
            {
                await replies.DeleteOriginalAsync(interaction, cancellationToken);
            }

            await replies.FollowUpAsync(interaction, Ephemeral(message), cancellationToken);
            return;
        }

        // After a command's defer @original is the placeholder; after a button's, the message it is on.
        await replies.EditOriginalAsync(interaction, message, cancellationToken);
    }

    /// <summary>A button's public answer replaces the message it is on (the next page of quotes); private
    /// answers (help, errors) are ephemeral messages of their own.</summary>
    private static InteractionResponse Immediate(Reply reply, bool isButton, bool privately = false)
    {
        var message = ReplyRenderer.Render(reply);
        return reply.IsPrivate || privately
            ? new InteractionResponse(InteractionResponse.ChannelMessageType, Ephemeral(message))
            : new InteractionResponse(isButton ? InteractionResponse.UpdateMessageType : InteractionResponse.ChannelMessageType, message);
    }

    /// <summary>Select menus (string, user, role, mentionable, channel: types 3, 5–8) are not buttons.</summary>
    private static Reply UnknownComponent(InteractionData data) =>
        data.ComponentType is Component.ButtonType or null ? AdapterReplies.UnknownButton : AdapterReplies.UnknownMenu;

    private static MessagePayload Ephemeral(MessagePayload message) => message with { Flags = MessagePayload.EphemeralFlag };

    private static string FirstWord(string text) => text.Split(' ', 2)[0];

    /// <summary>Remembers whether the one initial response has gone out, so a failure can still send one.</summary>
    private sealed class OnceResponder(IInteractionResponder inner) : IInteractionResponder
    {
        public bool HasResponded { get; private set; }

        public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken)
        {
            HasResponded = true;
            return inner.RespondAsync(interaction, response, cancellationToken);
        }
    }
}
