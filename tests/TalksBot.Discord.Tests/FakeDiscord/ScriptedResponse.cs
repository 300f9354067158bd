namespace TalksBot.Discord.Tests.FakeDiscord;

/// <summary>A canned answer for the next request whose method and path match.</summary>
public sealed record ScriptedResponse(
    string Method,
    string PathPrefix,
    int Status,
    string Body = "",
    IReadOnlyDictionary<string, string>? Headers = null,
    bool Hang = false)
{
    /// <summary>Never answers (until the client gives up), to make the request time out.</summary>
    public static ScriptedResponse Hung(string method, string pathPrefix) => new(method, pathPrefix, 200, Hang: true);

    public bool Matches(string method, string path) =>
        string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) && path.StartsWith(PathPrefix, StringComparison.Ordinal);

    public static ScriptedResponse TooManyRequests(string method, string pathPrefix, double retryAfter, string? scope = null, bool global = false)
    {
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Bucket"] = "abcd1234",
        };
        if (scope is not null)
        {
            headers["X-RateLimit-Scope"] = scope;
        }

        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }

        var body = $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""";
        return new ScriptedResponse(method, pathPrefix, 429, body, headers);
    }
}
