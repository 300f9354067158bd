using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using TalksBot.Slack.Events;

namespace TalksBot.Slack.Http;

/// <summary>The three HTTP endpoints. Each request is verified on its raw bytes before anything is
/// parsed (401 otherwise), then handed to the inbox and acknowledged at once: the answer is produced in
/// the background, well after Slack's 3-second deadline has been met.</summary>
internal sealed class SlackHttpHandler(RequestVerifier verifier, SlackInbox inbox, ILogger<SlackHttpHandler> logger)
{
    public const int MaxBodyBytes = 1 << 20;
    private const string RetryNumHeader = "X-Slack-Retry-Num";

    public async Task EventsAsync(HttpContext context)
    {
        if (await ReadVerifiedAsync(context) is not { } body)
        {
            return;
        }

        EventsApiBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(body, SlackJsonContext.Default.EventsApiBody);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (parsed.Type == "url_verification")
        {
            Log.UrlVerified(logger);
            await context.Response.WriteAsJsonAsync(new ChallengeResponse(parsed.Challenge ?? ""), SlackJsonContext.Default.ChallengeResponse);
            return;
        }

        var retry = int.TryParse(context.Request.Headers[RetryNumHeader], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        Acknowledge(context, await inbox.AcceptEventsAsync(parsed, retry, context.RequestAborted));
    }

    public async Task CommandsAsync(HttpContext context)
    {
        if (await ReadVerifiedAsync(context) is not { } body)
        {
            return;
        }

        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));

        // ssl_check only probes the endpoint; nothing else in it is acted on.
        if (fields.TryGetValue("ssl_check", out var sslCheck) && sslCheck == "1")
        {
            return;
        }

        Acknowledge(context, inbox.AcceptCommand(SlashCommand.FromForm(fields)));
    }

    public async Task InteractivityAsync(HttpContext context)
    {
        if (await ReadVerifiedAsync(context) is not { } body)
        {
            return;
        }

        var fields = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        BlockActionsPayload? payload = null;
        try
        {
            if (fields.TryGetValue("payload", out StringValues json) && json.ToString() is { Length: > 0 } text)
            {
                payload = JsonSerializer.Deserialize(text, SlackJsonContext.Default.BlockActionsPayload);
            }
        }
        catch (JsonException)
        {
        }

        if (payload is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Acknowledge(context, inbox.AcceptInteraction(payload));
    }

    private static void Acknowledge(HttpContext context, InboxResult result) =>
        context.Response.StatusCode = result == InboxResult.Refused ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;

    private async Task<byte[]?> ReadVerifiedAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, "body too large");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return Refuse(context, StatusCodes.Status413PayloadTooLarge, "body too large");
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var reason = verifier.WhyRefuse(request.Headers[RequestVerifier.TimestampHeader], request.Headers[RequestVerifier.SignatureHeader], body);
        return reason is null ? body : Refuse(context, StatusCodes.Status401Unauthorized, reason);
    }

    private byte[]? Refuse(HttpContext context, int status, string reason)
    {
        Log.RequestRefused(logger, context.Request.Path, reason);
        context.Response.StatusCode = status;
        return null;
    }
}
