namespace TalksBot.Slack.WebApi;

/// <summary>Holds the <see cref="BotIdentity"/> once auth.test has answered; work that needs it waits.</summary>
internal sealed class SlackIdentity
{
    private readonly TaskCompletionSource<BotIdentity> _identity = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set(BotIdentity identity) => _identity.TrySetResult(identity);

    public Task<BotIdentity> WaitAsync(CancellationToken cancellationToken) => _identity.Task.WaitAsync(cancellationToken);
}
