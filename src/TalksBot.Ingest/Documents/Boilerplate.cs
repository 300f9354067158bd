using System.Text.RegularExpressions;
using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Documents;

/// <summary>Recognises publisher furniture that is not part of the report: subscription pitches,
/// "Source:" lines, comment widgets, share buttons, credits.</summary>
internal static partial class Boilerplate
{
    private static readonly Regex[] LinePatterns = [.. Lexicon.Default.Data.BoilerplateLines
        .Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];

    public static bool IsBoilerplate(string paragraph)
    {
        var text = paragraph.Trim();
        if (text.Length == 0 || LinePatterns.Any(p => p.IsMatch(text)))
        {
            return true;
        }

        // A pitch phrase inside a quotation is someone's words ("…to become a member of…"), not the page's.
        var unquoted = Quoted().Replace(text, " ");
        return Lexicon.Default.Data.PitchPhrases.Any(p => unquoted.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex("“[^”]*”|\"[^\"]*\"|«[^»]*»")]
    private static partial Regex Quoted();

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
