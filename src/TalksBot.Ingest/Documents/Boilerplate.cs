using System.Text.RegularExpressions;
using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Documents;

/// <summary>Recognises publisher furniture that is not part of the report: subscription pitches,
/// "Source:" lines, comment widgets, share buttons, credits.</summary>
internal static partial class Boilerplate
{
    private const int MaxTagWords = 8;

    private static readonly HashSet<string> FunctionWords = new(Lexicon.Default.Data.IdStopWords, StringComparer.OrdinalIgnoreCase);

    private static readonly Regex[] LinePatterns = [.. Lexicon.Default.Data.BoilerplateLines
        .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];

    public static bool IsBoilerplate(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length == 0 || IsBareLink(text) || LinePatterns.Any(p => p.IsMatch(text)) || IsTagLine(text))
        {
            return true;
        }

        // A pitch phrase inside a quotation is someone's words ("…to become a member of…"), not the page's.
        var unquoted = Quoted().Replace(text, " ");
        return Lexicon.Default.Data.PitchPhrases.Any(p => unquoted.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A line of links and separators only ("https://…/-------https://…/"), as pages print above a headline.</summary>
    public static bool IsBareLink(string line) => BareLink().IsMatch(line);

    [GeneratedRegex(@"^(?:https?://\S+|[-–—_=|•·\s])+$")]
    private static partial Regex BareLink();

    [GeneratedRegex("“[^”]*”|\"[^\"]*\"|«[^»]*»")]
    private static partial Regex Quoted();

    /// <summary>"Russia Ukraine invasion NATO": a few mostly capitalised words without punctuation or function words, a page's tag list.</summary>
    private static bool IsTagLine(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxTagWords && words[0] != "By" && words.All(w => w.All(char.IsLetterOrDigit))
            && words.Count(w => char.IsUpper(w[0])) * 2 >= words.Length && !words.Any(FunctionWords.Contains);
    }

    /// <summary>The name after a "Source:" style credit line, if <paramref name="paragraph"/> is one.</summary>
    public static string? SourceCredit(string paragraph)
    {
        var text = paragraph.Trim();
        foreach (var prefix in Lexicon.Default.Data.SourceLinePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var name = text[prefix.Length..].Trim().TrimEnd('.');
                return name.Length is > 0 and <= 60 ? name : null;
            }
        }

        return null;
    }
}
