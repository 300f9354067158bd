using Microsoft.Extensions.Options;

namespace TalksBot.Slack;

/// <summary>Fails start with a message naming the offending key; never echoes a token's value.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var failures = new List<string>();
        const string Section = SlackOptions.SectionName;

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add($"{Section}:BotToken is required.");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal) || HasWhitespace(options.BotToken))
        {
            failures.Add($"{Section}:BotToken must start with xoxb- and contain no spaces.");
        }

        if (options.AppToken is { Length: > 0 } app && (!app.StartsWith("xapp-", StringComparison.Ordinal) || HasWhitespace(app)))
        {
            failures.Add($"{Section}:AppToken must start with xapp- and contain no spaces.");
        }

        if (options.SigningSecret is { Length: > 0 } secret && (secret.Length < 16 || HasWhitespace(secret)))
        {
            failures.Add($"{Section}:SigningSecret must be the app's signing secret (at least 16 characters, no spaces).");
        }

        if (!options.UsesSocketMode && !options.UsesHttp)
        {
            failures.Add($"{Section}:BotToken is set but neither {Section}:AppToken (Socket Mode) nor {Section}:SigningSecret (HTTP events) is.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{Section}:ApiBaseUrl must be an absolute http(s) URL.");
        }

        if (options.RetryQueueCapacity < 1)
        {
            failures.Add($"{Section}:RetryQueueCapacity must be at least 1.");
        }

        if (options.RetryQueueMaxAge <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:RetryQueueMaxAge must be positive (e.g. 00:10:00).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool HasWhitespace(string value) => value.Any(char.IsWhiteSpace);
}
