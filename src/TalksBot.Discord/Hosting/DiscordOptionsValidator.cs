using Microsoft.Extensions.Options;
using TalksBot.Discord.Gateway;
using TalksBot.Discord.Interactions;

namespace TalksBot.Discord.Hosting;

/// <summary>Checks the <c>Discord</c> section at start; every message names the key and never echoes a secret.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    private const string Section = DiscordOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        CheckToken(options.Token, failures);
        CheckSnowflake(nameof(options.ApplicationId), options.ApplicationId, required: true, failures);
        CheckSnowflake(nameof(options.GuildId), options.GuildId, required: false, failures);
        CheckShard(options, failures);
        CheckUrl(nameof(options.ApiBaseUrl), options.ApiBaseUrl, ["https", "http"], required: true, failures);
        CheckUrl(nameof(options.GatewayUrl), options.GatewayUrl, ["wss", "ws"], required: false, failures);

        if (options.InteractionsEndpoint && !Ed25519PublicKey.TryParse(options.PublicKey, out _))
        {
            failures.Add(Section + "PublicKey must be the application's public key (64 hex characters) when " +
                Section + "InteractionsEndpoint is on.");
        }

        if (!options.Gateway && !options.InteractionsEndpoint)
        {
            failures.Add(Section + "Gateway and " + Section + "InteractionsEndpoint are both off, so nothing would reach the bot.");
        }

        if (options.RetryQueueCapacity < 1)
        {
            failures.Add(Section + "RetryQueueCapacity must be at least 1.");
        }

        if (options.RetryQueueMaxAge <= TimeSpan.Zero)
        {
            failures.Add(Section + "RetryQueueMaxAge must be positive (e.g. 00:10:00).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckToken(string token, List<string> failures)
    {
        if (token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add(Section + "Token must be the bare bot token, without the \"Bot \" prefix.");
        }
        else if (token.Any(char.IsWhiteSpace))
        {
            failures.Add(Section + "Token must not contain whitespace.");
        }
    }

    private static void CheckSnowflake(string key, string? value, bool required, List<string> failures)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                failures.Add(Section + key + " is required: the id from the Developer Portal (digits only).");
            }

            return;
        }

        if (!Snowflake.IsValid(value))
        {
            failures.Add(Section + key + " must be a Discord id (digits only), got \"" + value + "\".");
        }
    }

    private static void CheckShard(DiscordOptions options, List<string> failures)
    {
        var fixedCount = ShardPlan.TryParseCount(options.ShardCount, out var count);
        if (!fixedCount && !ShardPlan.IsAuto(options.ShardCount))
        {
            failures.Add(Section + "ShardCount must be a number of at least 1 or \"auto\", got \"" + options.ShardCount + "\".");
            return;
        }

        if (!string.IsNullOrWhiteSpace(options.ShardIds))
        {
            if (options.ShardId is not null)
            {
                failures.Add(Section + "ShardIds and " + Section + "ShardId are both set: keep " + Section + "ShardIds.");
            }
            else if (!ShardPlan.TryParseIds(options.ShardIds, out _))
            {
                failures.Add(Section + "ShardIds must list shard ids and ranges such as \"0,1\" or \"4-7\", got \"" + options.ShardIds + "\".");
                return;
            }
        }

        if (fixedCount)
        {
            ShardPlan.Select(options, count, out var problem);
            if (problem is not null)
            {
                failures.Add(problem);
            }
        }
    }

    private static void CheckUrl(string key, string? value, string[] schemes, bool required, List<string> failures)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                failures.Add(Section + key + " is required.");
            }

            return;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !schemes.Contains(uri.Scheme))
        {
            failures.Add(Section + key + " must be an absolute " + string.Join(" or ", schemes) + " URL, got \"" + value + "\".");
        }
    }
}
