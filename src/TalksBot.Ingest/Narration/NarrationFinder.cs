using System.Text.RegularExpressions;
using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Attribution;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Narration;

/// <summary>The article's own factual sentences, as narration statements of its outlet: whole sentences of prose
/// (a dateline in front left out) that quote nobody and report nobody's words, of a citable length, with no page
/// furniture in them. A sentence that holds a quotation mark, a quote or claim already found, a verb of saying, a
/// first or second person, a caption, teaser, byline or timestamp is not narration; nor is a headline or crosshead
/// (no full stop, or in capitals) or the fragment an excerpt ends with.</summary>
internal sealed class NarrationFinder
{
    private const int MinWords = 6;
    private const int MaxWords = 50;

    private static readonly string[] PronounSubjects = ["he", "she", "it", "they"];

    private readonly Lexicon _lexicon;
    private readonly NarrationConventions _rules;
    private readonly HashSet<string> _otherSenses;
    private readonly HashSet<string> _functionWords;
    private readonly HashSet<string> _firstPerson;
    private readonly Regex[] _chrome;
    private readonly Regex _notOwnVoice;

    public NarrationFinder(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _rules = lexicon.Data.Narration;
        _otherSenses = new HashSet<string>(_rules.OtherSenses, StringComparer.OrdinalIgnoreCase);
        _functionWords = new HashSet<string>(lexicon.Data.IdStopWords.Concat(lexicon.Data.ClauseWords), StringComparer.OrdinalIgnoreCase);
        _firstPerson = new HashSet<string>(_rules.FirstPerson, StringComparer.Ordinal);
        _chrome = [.. _rules.ChromePatterns.Select(p => new Regex(p, RegexOptions.CultureInvariant))];
        _notOwnVoice = new Regex(@"(?<!\p{L})(?:" + string.Join('|', _rules.NotOwnVoice.Select(Regex.Escape)) + @")(?!\p{L})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <param name="statements">The quotes and claims already found: a sentence overlapping one is not narration.</param>
    /// <param name="outlet">The publisher, whose voice the narration is.</param>
    public List<StatementDraft> Find(IReadOnlyList<string> paragraphs, IReadOnlyList<StatementDraft> statements, ActorDraft outlet)
    {
        var style = QuoteScanner.DetectStyle(paragraphs);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<StatementDraft>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var spans = QuoteScanner.Scan(p, style);
            var taken = statements.Where(s => s.Paragraph == i).Select(s => (s.Start, s.End))
                .Concat(spans.Select(q => (q.Open, q.End))).ToList();
            var sentences = SentenceSplitter.Split(p, spans, _lexicon);
            for (var k = 0; k < sentences.Count; k++)
            {
                var splitAtInitial = EndsWithInitial(p, sentences[k]) || (k > 0 && EndsWithInitial(p, sentences[k - 1]));
                if (!splitAtInitial && OwnSentence(p, sentences[k], taken) is var (start, end) && seen.Add(p[start..end]))
                {
                    found.Add(new StatementDraft(i, StatementKind.Narration, outlet, null, start, end));
                }
            }
        }

        return found;
    }

    /// <summary>The span of <paramref name="sentence"/> that is the outlet's own factual sentence, if it is one.</summary>
    private (int Start, int End)? OwnSentence(string p, Range sentence, List<(int Start, int End)> taken)
    {
        var (start, end) = (sentence.Start.Value, sentence.End.Value);
        while (end > start && char.IsWhiteSpace(p[end - 1]))
        {
            end--;
        }

        if (taken.Any(t => t.Start < end && t.End > start))
        {
            return null;
        }

        start += _lexicon.DatelineLength(p[start..end]);
        var text = p[start..end];
        var isSentence = text.Length > 1 && text[^1] == '.' && char.IsLetterOrDigit(text[^2]) && (char.IsUpper(text[0]) || char.IsDigit(text[0]));
        var words = Words.Count(text);
        if (!isSentence || words is < MinWords or > MaxWords || text.IndexOfAny(['“', '”', '"', '«', '»', '…']) >= 0
            || text.Contains("..", StringComparison.Ordinal) || IsCapitals(text))
        {
            return null;
        }

        return IsPageText(text) || IsSomeonesWords(text) ? null : (start, end);
    }

    /// <summary>"…Ukraine’s p. Volodymyr Zelensky, …": a sentence that ends in a lone lower-case letter and a full stop was
    /// split inside a sentence at an abbreviation, and neither side of the split is a whole sentence.</summary>
    private static bool EndsWithInitial(string p, Range sentence)
    {
        var text = p[sentence].TrimEnd();
        return text.Length >= 3 && text[^1] == '.' && char.IsLower(text[^2]) && char.IsWhiteSpace(text[^3]);
    }

    /// <summary>A crosshead or shouted headline: most of its letters are capitals.</summary>
    private static bool IsCapitals(string text) =>
        text.Count(char.IsUpper) * 2 > text.Count(char.IsLetter);

    private bool IsPageText(string text) =>
        _rules.CaptionMarkers.Concat(_rules.TeaserMarkers).Any(m => text.Contains(m, StringComparison.OrdinalIgnoreCase))
        || _chrome.Any(c => c.IsMatch(text));

    /// <summary>Reported speech without quotation marks, a hedge that gives the content to someone else, or a first or
    /// second person (an unmarked quote, an address to the reader).</summary>
    private bool IsSomeonesWords(string text)
    {
        if (_notOwnVoice.IsMatch(text))
        {
            return true;
        }

        var tokens = Token.Split(text, 0, text.Length);
        for (var k = 0; k < tokens.Count; k++)
        {
            var bare = tokens[k].Raw.Trim(',', ';', ':', '.', '(', ')', '’', '\'', '—', '–');
            if (_firstPerson.Contains(bare) || (k == 0 && bare.Length > 0 && _firstPerson.Contains(char.ToLowerInvariant(bare[0]) + bare[1..])))
            {
                return true;
            }

            var word = tokens[k].Word;
            if ((_lexicon.IsAttributionVerb(word) || _lexicon.ParticipleVerbs.Contains(word)) && (!_otherSenses.Contains(word) || (k > 0 && IsSpeaker(tokens[k - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A pronoun, or a capitalised word that is no function word ("Russia claims", not "After reports").</summary>
    private bool IsSpeaker(Token previous) =>
        PronounSubjects.Contains(previous.Word) || (Words.IsCapitalized(previous.Raw) && !_functionWords.Contains(previous.Word));
}
