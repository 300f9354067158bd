using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalksBot.Core.Diagnostics;
using TalksBot.Discord.Hosting;
using TalksBot.Discord.Payloads;

namespace TalksBot.Discord.Interactions;

/// <summary><c>POST /discord/interactions</c>: verifies the signature on the raw body before reading it
/// (401 otherwise, as Discord's probes expect), refuses a signed body that is not an interaction of a
/// documented type (400), refuses an interaction id already claimed (409), answers PING inline and returns every other initial response as the HTTP
/// body, within Discord's 3 seconds.</summary>
internal sealed class InteractionEndpoint(
    SignatureVerifier verifier,
    InteractionProcessor processor,
    DeliveryClaims claims,
    BackgroundWork work,
    TimeProvider time,
    ILogger<InteractionEndpoint> logger)
{
    public const string Path = "/discord/interactions";

    private const int MaxBodyBytes = 1 << 20;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var receivedAt = time.GetTimestamp();
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        var headers = context.Request.Headers;
        if (body is null || !verifier.IsValid(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            Log.InteractionRejected(logger, body is null ? "body too large" : "invalid request signature");
            return Results.Text("invalid request signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            Log.InteractionRejected(logger, "signed body is not an interaction");
            return Results.BadRequest();
        }

        if (!interaction.HasKnownType)
        {
            Log.InteractionRejected(logger, "unknown interaction type " + interaction.Type);
            return Results.BadRequest();
        }

        if (interaction.Type == Interaction.PingType)
        {
            return Json(InteractionResponse.Pong);
        }

        // Discord sends an interaction to one endpoint once; a second copy (a replayed request) gets no second answer.
        if (!await claims.ClaimInteractionAsync(interaction.Id, context.RequestAborted))
        {
            return Results.Conflict();
        }

        var responder = new InlineResponder();
        work.Start("interaction " + interaction.Id, async cancellationToken =>
        {
            using var scope = QuestionScope.Begin(logger, "discord", interaction.Id);
            try
            {
                await processor.ProcessAsync(interaction, responder, receivedAt, cancellationToken);
            }
            finally
            {
                responder.Abandon(new InvalidOperationException("The interaction ended without an initial response."));
            }
        });

        return Json(await responder.Response.WaitAsync(context.RequestAborted));
    }

    private static IResult Json(InteractionResponse response) =>
        Results.Bytes(InteractionResponseWriter.ToUtf8Json(response), "application/json");

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Read to the end of the stream rather than trusting Content-Length; the bytes are verified as sent.
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
