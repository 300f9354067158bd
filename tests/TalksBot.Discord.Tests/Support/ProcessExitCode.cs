namespace TalksBot.Discord.Tests.Support;

/// <summary>Tests that make the bot set <see cref="Environment.ExitCode"/> (and reset it) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessExitCode
{
    public const string Name = "Process exit code";
}
