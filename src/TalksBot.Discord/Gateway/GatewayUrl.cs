namespace TalksBot.Discord.Gateway;

internal static class GatewayUrl
{
    /// <summary>Adds <c>?v=10&amp;encoding=json</c>, which the discovered URL and resume_gateway_url both lack.</summary>
    public static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
