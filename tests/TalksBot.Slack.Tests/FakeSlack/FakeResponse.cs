namespace TalksBot.Slack.Tests.FakeSlack;

/// <summary>A scripted answer of the fake Web API.</summary>
public sealed record FakeResponse(int Status, string Body, int? RetryAfterSeconds = null)
{
    /// <summary>How long the fake waits before answering (a slow Web API).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The fake reads the request, then drops the connection without an answer.</summary>
    public bool Dropped { get; init; }

    public static FakeResponse Ok(string json) => new(200, json);

    /// <summary>Slack's error shape: HTTP 200 with <c>ok: false</c>.</summary>
    public static FakeResponse Error(string code) => new(200, $$"""{"ok":false,"error":"{{code}}"}""");

    public static FakeResponse RateLimited(int retryAfterSeconds) => new(429, """{"ok":false,"error":"ratelimited"}""", retryAfterSeconds);

    public static FakeResponse ServerError() => new(503, "upstream unavailable");

    public static FakeResponse ConnectionDropped() => new(0, "") { Dropped = true };
}
