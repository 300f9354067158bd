using System.Globalization;

namespace TalksBot.Ingest;

/// <summary>The command line after the verb: <c>&lt;file&gt; [--publisher …] [--date YYYY-MM-DD] [--url …] [--title …] [--event …] [--narration] [--dry-run] [--force]</c>.</summary>
internal sealed record IngestArguments(string File, IngestOptions Options, bool DryRun, bool Force)
{
    public const string Usage =
        "usage: ingest <file> [--publisher NAME] [--date YYYY-MM-DD] [--url URL] [--title TITLE] [--event EVENT] [--narration] [--dry-run] [--force]";

    /// <summary>The parsed arguments, or a message saying what is wrong with them.</summary>
    public static (IngestArguments? Arguments, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? file = null, publisher = null, title = null, happening = null;
        DateOnly? date = null;
        Uri? url = null;
        bool dryRun = false, force = false, narration = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            switch (name)
            {
                case "--dry-run":
                    dryRun = true;
                    continue;
                case "--force":
                    force = true;
                    continue;
                case "--narration":
                    narration = true;
                    continue;
                case "--publisher" or "--date" or "--url" or "--title" or "--event":
                    var value = inline ?? (i + 1 < args.Count ? args[++i] : null);
                    if (string.IsNullOrWhiteSpace(value))
                    {
                        return (null, $"{name} needs a value");
                    }

                    switch (name)
                    {
                        case "--publisher":
                            publisher = value.Trim();
                            break;
                        case "--title":
                            title = value.Trim();
                            break;
                        case "--event":
                            happening = value.Trim();
                            break;
                        case "--date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                            date = d;
                            break;
                        case "--date":
                            return (null, $"--date must be YYYY-MM-DD, got '{value}'");
                        case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var u) && u.Scheme is "http" or "https":
                            url = u;
                            break;
                        default:
                            return (null, $"--url must be an absolute http(s) URL, got '{value}'");
                    }

                    continue;
                case var _ when name.StartsWith("--", StringComparison.Ordinal):
                    return (null, $"unknown option {name}");
                case var _ when file is null:
                    file = args[i];
                    continue;
                default:
                    return (null, $"one file at a time (also got '{args[i]}')");
            }
        }

        return file is null
            ? (null, "which file? give the article's path")
            : (new IngestArguments(file, new IngestOptions(publisher, date, url, title, Path.GetFileName(file), narration, happening), dryRun, force), null);
    }

    private static (string Name, string? Inline) Split(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
    }
}
