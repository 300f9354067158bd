using System.Net;

namespace TalksBot.Delivery.Tests.Support;

/// <summary>An in-process HTTP handler (nothing goes on the network) that answers each request with the next
/// step of its script, repeating the last step once the script runs out, and records when each request came
/// by the fake clock.</summary>
public sealed class ScriptedHandler(TimeProvider time, params Func<CancellationToken, Task<HttpResponseMessage>>[] script) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly List<DateTimeOffset> _calls = [];

    public IReadOnlyList<DateTimeOffset> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public static Func<CancellationToken, Task<HttpResponseMessage>> Answer(HttpStatusCode status, TimeSpan? retryAfter = null) => _ =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("{}") };
        if (retryAfter is { } delta)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delta);
        }

        return Task.FromResult(response);
    };

    public static Func<CancellationToken, Task<HttpResponseMessage>> NetworkFailure() =>
        _ => Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

    /// <summary>Never answers; the request ends only when its token is cancelled.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() => async token =>
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int index;
        lock (_lock)
        {
            index = _calls.Count;
            _calls.Add(time.GetUtcNow());
        }

        return script[Math.Min(index, script.Length - 1)](cancellationToken);
    }
}
