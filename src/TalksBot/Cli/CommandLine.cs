namespace TalksBot.Cli;

/// <summary>The command line split into the verb, the verb's own arguments, and configuration
/// settings (<c>--Section:Key=value</c>, <c>--Section:Key value</c>, <c>--key=value</c>), which go
/// to the configuration system unchanged.</summary>
internal sealed record CommandLine(string Verb, IReadOnlyList<string> Arguments, string[] Settings)
{
    public static readonly string[] Verbs = ["run", "chat", "ask", "check", "eval", "fit", "ingest", "feedback"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var settings = new List<string>();
        var arguments = new List<string>();
        string? verb = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (IsSetting(arg))
            {
                settings.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Count)
                {
                    settings.Add(args[++i]);
                }
            }
            else if (verb is null && arguments.Count == 0 && Verbs.Contains(arg))
            {
                verb = arg;
            }
            else
            {
                arguments.Add(arg);
            }
        }

        return new CommandLine(verb ?? "run", arguments, [.. settings]);
    }

    public bool HasFlag(string flag) => Arguments.Contains(flag, StringComparer.Ordinal);

    private static bool IsSetting(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2
        && (arg.Contains('=') || arg.AsSpan(2).Contains(':'));
}
