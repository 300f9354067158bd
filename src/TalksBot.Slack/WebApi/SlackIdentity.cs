namespace TalksBot.Slack.WebApi;

/// <summary>Holds the <see cref="BotIdentity"/> once auth.test has answered; work that needs it waits.</summary>
internal sealed class SlackIdentity
{
    private readonly TaskCompletionSource<BotIdentity> _identity = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set(BotIdentity identity) => _identity.TrySetResult(identity);

    /// <summary>The identity if auth.test has answered yet, else null; for callers that must not wait.</summary>
    public BotIdentity? Current => _identity.Task.IsCompletedSuccessfully ? _identity.Task.Result : null;

    public Task<BotIdentity> WaitAsync(CancellationToken cancellationToken) => _identity.Task.WaitAsync(cancellationToken);
}
