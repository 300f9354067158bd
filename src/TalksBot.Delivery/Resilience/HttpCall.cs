namespace TalksBot.Delivery.Resilience;

/// <summary>One logical HTTP call as <see cref="HttpRetryPipeline"/> runs it. <paramref name="Send"/> builds and
/// sends a fresh request on every attempt (a request message cannot be sent twice) and should buffer the
/// answer; <paramref name="WaitTurn"/> runs before every attempt, outside its timeout, for the protocol's own
/// limits; <paramref name="OnRetry"/> hears each retry before its pause. A call that is not
/// <paramref name="Idempotent"/> (a post with no idempotency key) is retried after a failure without an answer
/// only when the request surely never left (<see cref="HttpRetryPipeline.SurelyNotSent"/>): a timed-out or cut
/// attempt may have been done, and doing it again would do it twice.</summary>
public sealed record HttpCall(
    Func<CancellationToken, Task<HttpResponseMessage>> Send,
    Func<CancellationToken, ValueTask>? WaitTurn = null,
    Func<HttpRetry, ValueTask>? OnRetry = null,
    bool Idempotent = true);
