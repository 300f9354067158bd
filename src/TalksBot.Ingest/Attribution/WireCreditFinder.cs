using System.Text.RegularExpressions;
using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>The wire service an article credits for its whole story — in its dateline ("KYIV, Ukraine (AP) —"), its byline
/// ("By Reuters") or a closing credit ("— Reuters", "with AFP") — as opposed to one its text merely mentions. An article
/// crediting two different services credits none of them.</summary>
internal sealed class WireCreditFinder
{
    /// <summary>How many paragraphs from the top a dateline credit is looked for in (a caption may come first).</summary>
    private const int OpeningParagraphs = 3;

    /// <summary>How many paragraphs from the end a closing credit is looked for in.</summary>
    private const int ClosingParagraphs = 2;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly WireConventions _conventions;
    private readonly Regex[] _opening;
    private readonly Regex[] _closing;

    public WireCreditFinder(WireConventions conventions)
    {
        _conventions = conventions;
        var forms = conventions.Services.SelectMany(s => s.Forms).OrderByDescending(f => f.Length).Select(FormPattern);
        var wire = string.Join('|', forms);
        _opening = [.. conventions.OpeningCredits.Select(p => Compile(p, wire))];
        _closing = [.. conventions.ClosingCredits.Select(p => Compile(p, wire))];
    }

    public static WireCreditFinder Default { get; } = new(Lexicon.Default.Data.WireServices);

    /// <summary>The role a credited service is given as an outlet actor.</summary>
    public string RoleOf(WireService service) => service.Role ?? _conventions.Role;

    /// <summary>The one wire service credited for the story, or null.</summary>
    public WireService? Find(IReadOnlyList<string> paragraphs, string? byline)
    {
        var opening = paragraphs.Take(OpeningParagraphs).Prepend(byline is null ? null : "By " + byline).OfType<string>();
        var closing = paragraphs.Skip(Math.Max(0, paragraphs.Count - ClosingParagraphs));
        var credited = opening.SelectMany(p => Credits(_opening, p))
            .Concat(closing.SelectMany(p => Credits(_closing, p)))
            .Distinct().ToList();
        return credited.Count == 1 ? credited[0] : null;
    }

    private IEnumerable<WireService> Credits(Regex[] patterns, string paragraph) =>
        patterns.Select(p => p.Match(paragraph.Trim())).Where(m => m.Success).Select(m => Service(m.Groups["wire"].Value));

    private WireService Service(string credited)
    {
        var form = credited.StartsWith("the ", StringComparison.Ordinal) ? "T" + credited[1..] : credited;
        return _conventions.Services.First(s => s.Forms.Contains(form, StringComparer.Ordinal));
    }

    /// <summary>A form as written, case kept ("AP", "dpa"), except that a leading "The" may be lower case.</summary>
    private static string FormPattern(string form) =>
        form.StartsWith("The ", StringComparison.Ordinal) ? "[Tt]he " + Regex.Escape(form[4..]) : Regex.Escape(form);

    private static Regex Compile(string pattern, string wire) =>
        new(pattern.Replace("{wire}", wire, StringComparison.Ordinal), RegexOptions.CultureInvariant, MatchTimeout);
}
