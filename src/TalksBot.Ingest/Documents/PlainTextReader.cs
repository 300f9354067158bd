using System.Text.RegularExpressions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Documents;

/// <summary>Splits plain text into paragraphs and reads the headline, byline, date line, wire dateline
/// and source credit that surround the report.</summary>
internal static partial class PlainTextReader
{
    private const int HeaderScanLimit = 4;

    /// <summary>How many blocks from the top a repeated headline or lead is looked for in.</summary>
    private const int RepeatScanLimit = 6;

    public static SourceDocument Read(string text)
    {
        var blocks = Blocks(text);
        string? credit = null;
        foreach (var block in blocks)
        {
            credit ??= Boilerplate.SourceCredit(block);
        }

        // Page furniture (tickers, menus, captions) goes first, so the headline is the first line that is not; a
        // headline or lead the page prints twice near its top is kept once.
        var candidates = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks.Where(b => !Boilerplate.IsBoilerplate(b)))
        {
            if (!seen.Add(RepeatKey(block)) && candidates.Count < RepeatScanLimit)
            {
                continue;
            }

            candidates.Add(block);
        }

        // "International", "Politics", "World › Europe › Russia", "Atlas Matin | English edition": a section label, a section path or
        // the site's edition line above the headline.
        while (candidates.Count > 1 && (Words.Count(candidates[0]) == 1 || IsSectionPath(candidates[0]) || EditionLine().IsMatch(candidates[0])))
        {
            candidates.RemoveAt(0);
        }

        string? title = null, byline = null;
        DateOnly? date = null;
        var paragraphs = new List<string>();
        var header = true;
        foreach (var (candidate, index) in candidates.Select((c, i) => (c, i)))
        {
            if (header && index < HeaderScanLimit && !LooksLikeBody(candidate))
            {

                if (byline is null && Byline().IsMatch(candidate))
                {
                    byline = Byline().Match(candidate).Groups["name"].Value.Trim();
                    continue;
                }

                if (date is null && Words.Count(candidate) <= 12 && DateParsing.Find(candidate) is { } found)
                {
                    date = found;
                    continue;
                }

                if (title is null && index == 0 && candidates.Count > 1 && Words.Count(candidate) <= 25)
                {
                    title = AfterSectionPath(candidate);
                    continue;
                }
            }

            header = false;
            paragraphs.Add(candidate);
        }

        var publisher = Publisher(text, credit, paragraphs);
        return new SourceDocument(paragraphs, new DocumentMetadata(title, publisher, date, null, byline));
    }

    /// <summary>The publisher named by a source credit, spelled the way the text spells it out
    /// ("Source: Dailywire" and "The Daily Wire is…" give "The Daily Wire"); else a wire dateline's agency.</summary>
    private static string? Publisher(string text, string? credit, IReadOnlyList<string> paragraphs)
    {
        if (credit is not null)
        {
            var compact = Words.Compact(credit);
            return ProperPhrase().Matches(text)
                .Select(m => m.Value)
                .Where(v => Words.Compact(v) == compact)
                .OrderByDescending(v => v.Length)
                .FirstOrDefault() ?? credit;
        }

        return paragraphs.Count > 0 && WireDateline().Match(paragraphs[0]) is { Success: true } m
            ? m.Groups["agency"].Value.Trim()
            : null;
    }

    /// <summary>A block printed twice (a headline and lead repeated, once with straight and once with curly marks) is kept once.</summary>
    private static string RepeatKey(string block) =>
        Words.Fold(block).Replace('“', '"').Replace('”', '"').Replace('’', '\'').Replace('‘', '\'');

    private static bool LooksLikeBody(string candidate) =>
        Words.Count(candidate) > 25 || (Words.Count(candidate) > 8 && candidate.TrimEnd('"', '”', '’', '\'').EndsWith('.'));

    /// <summary>Paragraphs split on blank lines; a block of short lines (a widget, a header) is split per line,
    /// while a hard-wrapped paragraph is joined back into one.</summary>
    private static List<string> Blocks(string text)
    {
        var result = new List<string>();
        foreach (var block in BlankLines().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')))
        {
            // A line of page furniture (a bare link) is no part of the paragraph it sits on.
            var lines = block.Split('\n').Select(l => Words.CollapseSpaces(l)).Where(l => l.Length > 0 && !Boilerplate.IsBareLink(l)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var wrapped = lines.Count > 1 && lines.Take(lines.Count - 1).All(l => l.Length >= 50) && !lines.Skip(1).Any(IsBullet);
            if (wrapped)
            {
                result.Add(string.Join(' ', lines));
            }
            else
            {
                result.AddRange(lines);
            }
        }

        return result;
    }

    /// <summary>"Business › Economy", "Home | News | Africa", "FEATURE | VENEZUELA": short parts set off by a path separator (a bar or
    /// slash between two parts only when both are a word or two, since a headline may carry one: "Talks resume without Kyiv / Live").</summary>
    private static bool IsSectionPath(string line)
    {
        var parts = SectionSeparator().Split(line);
        return parts.Length >= 2 && Words.Count(line) <= MaxSectionPathWords && parts.All(p => Words.Count(p) is > 0 and <= MaxSectionWords)
            && (parts.Length >= 3 || !(line.Contains(" | ", StringComparison.Ordinal) || line.Contains(" / ", StringComparison.Ordinal))
                || parts.All(p => Words.Count(p) <= 2));
    }

    /// <summary>"Home > Diplomacy > Antalya meeting ends without ceasefire": the headline after a section path on its line.</summary>
    private static string AfterSectionPath(string line) =>
        SectionPathPrefix().Match(line) is { Success: true } path && IsSectionPath(path.Value.TrimEnd('›', '»', '>', ' ')) ? line[path.Length..] : line;

    private const int MaxSectionWords = 4;
    private const int MaxSectionPathWords = 12;

    /// <summary>A list item starts its own paragraph even in a block of long lines.</summary>
    private static bool IsBullet(string line) => line.Length > 1 && line[0] is '•' or '▪' or '◦' or '·' or '*' or '–' && line[1] == ' ';

    [GeneratedRegex(@"^(?:[^›»>|.!?]{1,30}\s[›»>]\s){2,}")]
    private static partial Regex SectionPathPrefix();

    [GeneratedRegex(@"\s+[›»>|/]\s+")]
    private static partial Regex SectionSeparator();

    /// <summary>"HBN News in English", "Atlas Matin – English edition": the name of a site's edition in English (a name of capitalised
    /// words before "in English", so "Zelensky speaks to Congress in English" stays a headline).</summary>
    [GeneratedRegex(@"^(?:(?:[A-Z][\w&.'’-]*\s+){1,4}in English|[^.!?]{1,60}\bEnglish (?:edition|service|version))$")]
    private static partial Regex EditionLine();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^(?:(?:By|Author:)\s+(?<name>[A-Z][^\d]{1,80})|Written by\s+(?<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?:\bThe\s+)?\b[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}")]
    private static partial Regex ProperPhrase();

    [GeneratedRegex(@"^[A-Z][A-Z .'’-]+,?\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}\s*)?\((?<agency>[A-Z][A-Za-z .&]{1,40})\)\s*[-–—]")]
    private static partial Regex WireDateline();
}
