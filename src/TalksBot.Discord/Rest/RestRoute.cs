namespace TalksBot.Discord.Rest;

/// <summary>One REST call. <see cref="Template"/> (never <see cref="Path"/>, which may hold an interaction
/// token) is what gets logged; rate-limit buckets are keyed by method, template and major parameter. A call
/// that is not <see cref="Idempotent"/> (a webhook follow-up: Execute Webhook takes no nonce) is not repeated
/// after an attempt whose outcome is unknown.</summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool BotAuth = true, bool Idempotent = true)
{
    /// <summary>Interaction callbacks are not bound to the global rate limit.</summary>
    public bool CountsTowardGlobalLimit => !Template.StartsWith("interactions/", StringComparison.Ordinal);

    public string Key => Method.Method + " " + Template + " " + MajorParameter;

    public string RouteKey => Method.Method + " " + Template;
}
