using TalksBot.Ingest.Conventions;

namespace TalksBot.Ingest.Attribution;

/// <summary>Cuts the speaker phrase out of the words before or after an attribution verb.</summary>
internal sealed class PhraseReader(Lexicon lexicon)
{
    private static readonly HashSet<string> ForwardStops = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "during", "after", "before", "while", "when", "via", "according", "as", "to", "from", "for",
        "with", "adding", "who", "which", "that", "and", "but", "late", "earlier", "later", "told", "said", "on", "about",
    };

    private const int MaxPhraseTokens = 12;

    /// <summary>A subject before its verb may run longer: "Analyst Dorentina Krasniqi of the Pristina-based think tank Group for
    /// Legal and Political Studies said".</summary>
    private const int MaxSubjectTokens = 16;

    /// <summary>Words that open a sentence's adverbial ("After the meeting …", "During the talks …").</summary>
    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.Ordinal)
    {
        "after", "before", "during", "following", "in", "at", "on", "later", "earlier",
    };

    /// <summary>Words inside a descriptive subject: "envoy [to the] UN", "head [of the] delegation".</summary>
    private const int MaxPossessedWords = 3;

    /// <summary>Auxiliaries and verbs of the past not ending in "-ed" that go on from a sentence's subject.</summary>
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "has", "have", "had", "was", "were", "is", "are", "said", "says", "told", "tells", "put", "puts", "gave", "made", "took", "wrote", "spoke", "struck", "sent", "went", "came", "also", "later",
    };

    private static readonly HashSet<string> OpeningLinks = new(StringComparer.Ordinal) { "of", "to", "for", "the", "a", "an", "at", "in" };

    /// <summary>The phrase that starts at <paramref name="from"/>: "said [Pentagon spokesman John Kirby] at a briefing".</summary>
    public NounPhrase? Forward(string p, int from, int to)
    {
        var tokens = Token.Split(p, from, to);
        var taken = new List<string>();
        string? appositive = null;
        for (var i = 0; i < tokens.Count && taken.Count < MaxPhraseTokens; i++)
        {
            var t = tokens[i];
            if (taken.Count > 0 && ForwardStops.Contains(t.Word))
            {
                break;
            }

            var raw = t.Raw.TrimStart('(', '“', '"');
            if (raw.EndsWith(',') && taken.Count >= 0)
            {
                taken.Add(raw.TrimEnd(','));
                appositive = AppositiveAfter(tokens, i + 1);
                break;
            }

            if (raw.EndsWith('.') && !IsAbbreviation(raw))
            {
                taken.Add(raw.TrimEnd('.'));
                break;
            }

            if (raw.EndsWith(';') || raw.EndsWith(':') || raw.EndsWith(')') || raw.EndsWith('”'))
            {
                taken.Add(raw.TrimEnd(';', ':', ')', '”'));
                break;
            }

            taken.Add(raw);
        }

        return taken.Count == 0 ? null : new NounPhrase(string.Join(' ', taken), appositive, tokens[0].Start);
    }

    /// <summary>The phrase that ends where the verb begins: "[Vladimir Medinsky, the head of the Russian delegation,] said".</summary>
    public NounPhrase? Backward(string p, int from, int to)
    {
        // "Irina Zhukova, 47, who runs a stall …, said": an age in commas is no part of the phrase.
        var tokens = WithoutAges(Token.Split(p, from, to));
        while (tokens.Count > 0 && (IsSkippable(tokens[^1]) || lexicon.CalendarWords.Contains(tokens[^1].Word)))
        {
            // "Zelenskiy on Tuesday said": the time phrase between speaker and verb.
            var calendar = lexicon.CalendarWords.Contains(tokens[^1].Word);
            tokens.RemoveAt(tokens.Count - 1);
            if (calendar && tokens.Count > 0 && tokens[^1].Word is "on" or "last" or "this" or "late" or "early")
            {
                tokens.RemoveAt(tokens.Count - 1);
            }
        }

        if (tokens.Count == 0)
        {
            return null;
        }

        string? appositive = null;
        if (tokens[^1].Raw.EndsWith(','))
        {
            var comma = tokens.Count < 2 ? -1 : tokens.FindLastIndex(tokens.Count - 2, t => t.Raw.EndsWith(','));
            if (comma < 0)
            {
                return null;
            }

            appositive = Join(tokens[(comma + 1)..]);
            tokens = tokens[..(comma + 1)];
        }

        var start = tokens.Count - 1;
        // "The press service said the two sides agreed": a verb of saying before the subject ends it.
        while (start > 0 && (!EndsClause(tokens[start - 1]) || JoinsAName(tokens, start - 1)) && tokens.Count - start < MaxSubjectTokens
            && !(lexicon.SpeechVerbs.Contains(tokens[start - 1].Word) && char.IsLower(tokens[start - 1].Raw[0])))
        {
            start--;
        }

        if (start == 0 && tokens.Count > MaxSubjectTokens)
        {
            return null;
        }

        var phrase = tokens[start..];
        // "After the meeting a key advisor to the president, Mykhailo Podoliak, tweeted": the sentence's opening
        // adverbial runs into the subject without a comma; the subject begins at its article.
        if (appositive is not null && OpeningPrepositions.Contains(phrase[0].Word)
            && phrase.FindIndex(1, t => t.Word is "a" or "an") is var article and > 1)
        {
            phrase = phrase[article..];
        }

        // "In Cairo, a buyer at a grain importer, said": the place the sentence opens with is set off; the words in commas speak.
        if (appositive is not null && OpeningPrepositions.Contains(phrase[0].Word) && phrase.Count <= 3
            && appositive.Split(' ', 2)[0].ToLowerInvariant() is "a" or "an" or "the")
        {
            return new NounPhrase(appositive, null, phrase[0].Start);
        }

        return new NounPhrase(Join(phrase), appositive, phrase[0].Start);
    }

    private static List<Token> WithoutAges(List<Token> tokens) =>
        [.. tokens.Where((t, i) => !(i > 0 && tokens[i - 1].Raw.EndsWith(',') && t.Raw.EndsWith(',') && t.Raw.TrimEnd(',').All(char.IsAsciiDigit)))];

    private const int MaxNameInCommas = 4;

    /// <summary>Words a title may run on past where <see cref="Opening"/> ends it ("coordinator [for the initiative],").</summary>
    private const int MaxTitleTail = 5;

    /// <summary>The noun phrase a sentence opens with, up to its verb: "[Ostrania’s envoy to the UN] addressed …". Capitalised
    /// words, title words and the words that link them ("of", "to", "the") make it up; before its title word, modifiers
    /// too ("the [Veldorian water] minister"). Null when the sentence opens otherwise ("In …", "After …"). A name in commas
    /// right after it is its appositive.</summary>
    public NounPhrase? Opening(string p, int from, int to)
    {
        var tokens = Token.Split(p, from, to).SkipWhile(t => !t.Raw.Any(char.IsLetter)).ToList();
        // "10:42 GMT — The UN secretary-general has welcomed …": a live blog's time stamp is no part of the phrase.
        var dash = tokens.FindIndex(t => t.Raw is "—" or "–" or "-");
        if (dash is > 0 and <= 2 && Token.Split(p, from, tokens[dash].Start).Exists(t => t.Raw.Any(char.IsDigit)))
        {
            tokens = tokens[(dash + 1)..];
        }

        var end = 0;
        var titled = false;
        for (var i = 0; i < tokens.Count && i < MaxPhraseTokens; i++)
        {
            var t = tokens[i];
            var capitalized = char.IsUpper(t.Raw[0]);
            var title = lexicon.TitleWords.Contains(t.Word);
            if (i == 0 && !capitalized && !title)
            {
                return null;
            }

            if ((!capitalized && !title && !OpeningLinks.Contains(t.Word) && titled)
                || lexicon.IsAttributionVerb(t.Word) || lexicon.ParticipleVerbs.Contains(t.Word) || (i > 0 && lexicon.ClauseWords.Contains(t.Word)))
            {
                break;
            }

            if (i == 0 && capitalized && (lexicon.ClauseWords.Contains(t.Word) || ForwardStops.Contains(t.Word)))
            {
                return null;
            }

            titled |= title;
            if (!OpeningLinks.Contains(t.Word))
            {
                end = i + 1;
            }

            if (t.Raw[^1] is ',' or ';' or ':' or '.' && !IsAbbreviation(t.Raw))
            {
                break;
            }
        }

        return titled && end > 0 ? new NounPhrase(Join(tokens[..end]), NameInCommas(tokens, end), tokens[0].Start) : null;
    }

    /// <summary>"Ukraine's Ministry of Foreign Affairs has criticised …", "Anna Roth criticised …", "Somchai Wongsakul, a water
    /// engineer, put it …": the capitalised words a sentence opens with (and the links between them), up to the lower-case word that
    /// goes on or a comma; null when it opens otherwise.</summary>
    /// <param name="anyVerb">Any lower-case word may follow, for a caller that checks the phrase names a person ("Anna Roth hit back …").</param>
    public NounPhrase? CapitalisedOpening(string p, int from, int to, bool anyVerb = false)
    {
        var tokens = Token.Split(p, from, to).SkipWhile(t => !t.Raw.Any(char.IsLetter)).ToList();
        var end = 0;
        while (end < tokens.Count && end < MaxPhraseTokens
            && (char.IsUpper(tokens[end].Raw[0]) || (end > 0 && OpeningLinks.Contains(tokens[end].Word) && end + 1 < tokens.Count && char.IsUpper(tokens[end + 1].Raw[0]))))
        {
            end++;
            if (tokens[end - 1].Raw[^1] is ';' or ':' or '.' && !IsAbbreviation(tokens[end - 1].Raw))
            {
                return null;
            }

            if (tokens[end - 1].Raw[^1] == ',')
            {
                // "Somchai Wongsakul, a water engineer who …, put it simply:": the name before what is said of it in commas.
                break;
            }
        }

        if (end == 0 || end == tokens.Count)
        {
            return null;
        }

        // "China’s foreign ministry praised …": after a possessive, lower-case words up to a noun of an institution.
        if (tokens[end - 1].Raw.EndsWith("’s", StringComparison.Ordinal) || tokens[end - 1].Raw.EndsWith("'s", StringComparison.Ordinal))
        {
            var body = tokens.FindIndex(end, Math.Min(MaxPossessedWords, tokens.Count - end), t => lexicon.InstitutionNouns.Contains(t.Word));
            if (body < 0 || body + 1 >= tokens.Count || tokens[end..body].Exists(t => !char.IsLower(t.Raw[0])))
            {
                return null;
            }

            end = body + 1;
        }

        // What follows must be a verb ("criticised", "has"), or a description in commas ("Somchai Wongsakul, a water engineer, …"): not
        // the noun of a possessive or an adjective ("Mara Lind's critics", "Western European diplomats") or a time ("Last Tuesday").
        var first = tokens[0].Word;
        var last = tokens[end - 1].Raw.TrimEnd(',');
        // (With any verb, not a plural noun: "Western European diplomats".)
        var goesOn = tokens[end - 1].Raw[^1] == ',' || Verbs.Contains(tokens[end].Word)
            || (anyVerb && char.IsLower(tokens[end].Raw[0]) && !tokens[end].Word.EndsWith('s'))
            || tokens[end].IsPastTense;
        return goesOn && !last.EndsWith("'s", StringComparison.Ordinal) && !last.EndsWith("’s", StringComparison.Ordinal)
            && !tokens[..end].Exists(t => lexicon.CalendarWords.Contains(t.Word))
            && !lexicon.ClauseWords.Contains(first) && !ForwardStops.Contains(first)
            ? new NounPhrase(Join(tokens[..end]), null, tokens[0].Start)
            : null;
    }

    /// <summary>"The UN's coordinator for the initiative, Amina Okafor-Reyes, welcomed …": the name in commas after the opening
    /// title phrase (and what the title is of), when every word of it is capitalised (at most four).</summary>
    private static string? NameInCommas(List<Token> tokens, int end)
    {
        var open = tokens.FindIndex(Math.Max(0, end - 1), t => t.Raw.EndsWith(','));
        if (end == 0 || open < 0 || open - end > MaxTitleTail)
        {
            return null;
        }

        var close = tokens.FindIndex(open + 1, t => t.Raw.EndsWith(','));
        return close > open && close - open <= MaxNameInCommas && tokens[(open + 1)..(close + 1)].TrueForAll(t => char.IsUpper(t.Raw[0]))
            ? Join(tokens[(open + 1)..(close + 1)]).TrimEnd(',')
            : null;
    }

    /// <summary>Two to four capitalised words from <paramref name="from"/> that end at a comma or a full stop.</summary>
    private static string? NameClosingThePhrase(List<Token> tokens, int from)
    {
        var end = tokens.FindIndex(from, t => t.Raw.EndsWith(',') || t.Raw.EndsWith('.'));
        return end > from && end - from < MaxNameInCommas && tokens[from..(end + 1)].TrueForAll(t => char.IsUpper(t.Raw[0]) && t.Raw.Any(char.IsLower))
            ? Join(tokens[from..(end + 1)]).TrimEnd(',', '.')
            : null;
    }

    /// <summary>True when nothing but a conjunction or adverb stands before the verb ("…, but added that"):
    /// the speaker is the sentence's subject already named.</summary>
    public bool IsElidedSubject(string p, int from, int to)
    {
        var tokens = Token.Split(p, from, to);
        while (tokens.Count > 0 && IsSkippable(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        return tokens.Count == 0 || (lexicon.ClauseWords.Contains(tokens[^1].Word) && !char.IsUpper(tokens[^1].Raw[0]))
            || tokens[^1].Raw.EndsWith('”') || tokens[^1].Raw.EndsWith(",”", StringComparison.Ordinal);
    }

    private bool IsSkippable(Token t) =>
        lexicon.SubjectSkipWords.Contains(t.Word) || (t.Word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(t.Raw[0]) && t.Word.Length > 3);

    /// <summary>"Group for Legal [and] Political Studies", "Ministry of Foreign [and] European Affairs": an "and" between the
    /// capitalised words of one name, which runs on from "for" or "of", does not end the clause.</summary>
    private static bool JoinsAName(List<Token> tokens, int at) =>
        tokens[at].Raw == "and" && at >= 2 && at + 2 < tokens.Count && Text.Words.IsCapitalized(tokens[at - 1].Raw) && Text.Words.IsCapitalized(tokens[at + 1].Raw)
        && Text.Words.IsCapitalized(tokens[at + 2].Raw) && tokens[at - 2].Raw is "for" or "of";

    private bool EndsClause(Token t) =>
        t.Raw.EndsWith(',') || t.Raw.EndsWith(';') || t.Raw.EndsWith(':') || t.Raw.EndsWith('—') || t.Raw is "-" or "–" || t.Raw.EndsWith(')') || t.Raw.EndsWith('”') || t.Raw.EndsWith('.') && !IsAbbreviation(t.Raw)
        || (lexicon.ClauseWords.Contains(t.Word) && char.IsLower(t.Raw[0])) || t.Word == "that";

    private string? AppositiveAfter(List<Token> tokens, int from)
    {
        // "said the deputy ambassador, Iryna Melnychenko.": the title's holder named after it.
        if (NameClosingThePhrase(tokens, from) is { } name)
        {
            return name;
        }

        // ", the head of…", or a bare title: ", acting head of the emergency service…".
        if (from >= tokens.Count || (tokens[from].Word is not ("the" or "a" or "an")
            && !tokens[from..Math.Min(tokens.Count, from + 2)].Exists(t => lexicon.TitleWords.Contains(t.Word))))
        {
            return null;
        }

        var words = new List<string>();
        for (var i = from; i < tokens.Count && words.Count < MaxPhraseTokens; i++)
        {
            var raw = tokens[i].Raw;
            var last = raw.EndsWith(',') || (raw.EndsWith('.') && !IsAbbreviation(raw)) || raw.EndsWith(';');
            words.Add(last ? raw[..^1] : raw);
            if (last)
            {
                return string.Join(' ', words);
            }
        }

        return string.Join(' ', words);
    }

    private bool IsAbbreviation(string raw) =>
        lexicon.Abbreviations.Contains(raw) || (raw.Length == 2 && char.IsUpper(raw[0]));

    private static string Join(IEnumerable<Token> tokens) => string.Join(' ', tokens.Select(t => t.Raw)).Trim().TrimEnd(',');
}
