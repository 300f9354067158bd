using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>Introduces the people a paragraph names with a title, an appositive role or a speech verb
/// ("President Joe Biden", "Vladimir Medinsky, the head of…", "Alexander Fomin said"), so that later
/// surnames, titles and pronouns resolve to them.</summary>
internal sealed class NameSpotter(Lexicon lexicon, MentionParser parser, ActorRegistry registry)
{
    private const int MaxName = 4;
    private const int MaxLead = 6;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "of", "from", "at", "to", "for", "near", "with", "by", "on" };

    /// <summary>A title set off before a name can run long: "The chairman of the Senate Committee on Foreign Affairs, X,".</summary>
    private const int MaxTitleBefore = 12;

    /// <param name="masked">The paragraph with quoted text blanked out, so names inside quotes are not speakers.</param>
    public void Spot(string masked, int basePosition)
    {
        var tokens = Token.Split(masked, 0, masked.Length);
        var i = 0;
        while (i < tokens.Count)
        {
            if (IndefiniteTitleEnd(tokens, i) is var last and > 0
                && parser.Parse(masked[tokens[i].Start..tokens[last].End]) is { Kind: MentionKind.Title } unnamed)
            {
                registry.Spot(unnamed, basePosition + tokens[i].Start);
                i = last + 1;
                continue;
            }

            var j = i;
            while (j < tokens.Count && j - i < MaxName && (parser.IsNameToken(Clean(tokens[j])) || ParticleBeforeAName(tokens, j))
                && (j == i || !EndsPhrase(tokens[j - 1])))
            {
                j++;
            }

            var particles = 0;
            while (i + particles < j && Words.IsNameParticle(tokens[i + particles].Word))
            {
                particles++;
            }

            if (j - i - particles >= 2 && HasEvidence(tokens, i, j))
            {
                Register(masked, tokens, i, j, basePosition);
            }
            else if (j - i - particles == 1 && registry.KnownPerson(Clean(tokens[j - 1])) is { } known)
            {
                // A later bare surname is a mention too, so "he" and "the minister" find the person named last.
                known.MentionedAt(basePosition + tokens[i].Start);
                if (i > 0 && ActorRegistry.PronounOf(tokens[i - 1].Raw) is { } pronoun && registry.PeopleWithSurname(Clean(tokens[j - 1])) == 1)
                {
                    known.Pronoun ??= pronoun;
                }
            }
            else if (j == i && TitleReferenceEnd(tokens, i) is var end and > 0)
            {
                var chunk = masked[tokens[i].Start..tokens[end].End];
                if (parser.Parse(chunk) is { Kind: MentionKind.Title } title && registry.Spot(title, basePosition + tokens[i].Start) is null
                    && end + 1 < tokens.Count && OpensClause(tokens, i) && (lexicon.SpeechVerbs.Contains(tokens[end + 1].Word) || tokens[end + 1].IsPastTense))
                {
                    // "The Japanese prime minister told reporters …", "The federal transport minister welcomed the deal …" then
                    // "“…,” he said." or "the minister said": with nobody named holding the title, the title acting is the one they find.
                    registry.TitleHolder(title, basePosition + tokens[i].Start, acting: OpensNarration(tokens, i));
                }

                j = end + 1;
            }

            i = Math.Max(j, i + 1);
        }
    }

    /// <summary>Whether the token opens a sentence or the clause after an opening phrase ("Speaking to supporters, the defence minister
    /// stopped …"), or stands after a quote, so that what follows is its verb (not "Supporters of the prime minister said …").</summary>
    private static bool OpensClause(List<Token> tokens, int i) => i == 0 || tokens[i - 1].Raw[^1] is '.' or '!' or '?' or '”' or '"' or ',';

    /// <summary>Whether the token opens a sentence or clause of narration, not an attribution after a quote ("“…,” the minister said").</summary>
    private static bool OpensNarration(List<Token> tokens, int i) =>
        i == 0 || (tokens[i - 1].Raw[^1] is '.' or '!' or '?' or ',' && tokens[i - 1].Raw.TrimEnd(',').Last() is not ('”' or '"' or '’' or '»'));

    private const int MaxIndefiniteTitle = 8;

    /// <summary>"A senior State Department official, briefing reporters, was more guarded.": a sentence opened by someone
    /// unnamed, up to the comma after their title word, so that "the official said" later finds them.</summary>
    private int IndefiniteTitleEnd(List<Token> tokens, int i)
    {
        if (tokens[i].Raw is not ("A" or "An") || (i > 0 && !EndsPhrase(tokens[i - 1])))
        {
            return -1;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + MaxIndefiniteTitle; k++)
        {
            if (EndsPhrase(tokens[k]))
            {
                // "A deputy defense minister, Alexander Fomin, said": named after all.
                var named = k + 1 < tokens.Count && parser.IsNameToken(Clean(tokens[k + 1]));
                return tokens[k].Raw.EndsWith(',') && lexicon.TitleWords.Contains(Clean(tokens[k])) && !named ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>"de" in "Pieter de Graaff" and "“…,” de Graaff said": a particle the next word, a name, completes.</summary>
    private bool ParticleBeforeAName(List<Token> tokens, int j) =>
        Words.IsNameParticle(tokens[j].Raw) && !EndsPhrase(tokens[j]) && j + 1 < tokens.Count && parser.IsNameToken(Clean(tokens[j + 1]));

    /// <summary>"the minister", "the Ukrainian president": a definite title without a name after it, which
    /// refers back to the person holding it (and so is an antecedent for a later "she said").</summary>
    private int TitleReferenceEnd(List<Token> tokens, int i)
    {
        if (tokens[i].Word != "the")
        {
            return -1;
        }

        for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
        {
            if (lexicon.TitleWords.Contains(tokens[k].Word))
            {
                var named = k + 1 < tokens.Count && !EndsPhrase(tokens[k]) && parser.IsNameToken(Clean(tokens[k + 1]));
                // "The US secretary of state, Antony Blinken, said": named in commas after the title.
                var comma = tokens.FindIndex(k, t => EndsPhrase(t));
                var namedInCommas = comma >= k && comma - k <= MaxLead && tokens[comma].Raw.EndsWith(',') && comma + 1 < tokens.Count
                    && parser.IsNameToken(Clean(tokens[comma + 1]));
                return named || namedInCommas ? -1 : k;
            }

            if (EndsPhrase(tokens[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    private void Register(string masked, List<Token> tokens, int i, int j, int basePosition)
    {
        var lead = i;
        while (lead > 0 && i - lead < MaxLead && !EndsPhrase(tokens[lead - 1])
            && (IsLeadToken(tokens[lead - 1]) || (tokens[lead - 1].Word is "of" or "for" && lead >= 2 && lexicon.IsTitleToken(Clean(tokens[lead - 2])))))
        {
            lead--;
        }

        if (lead > 0 && tokens[lead - 1].Word == "the" && lead >= 3 && tokens[lead - 2].Word is "of" or "to" or "for" && lexicon.IsTitleToken(Clean(tokens[lead - 3])))
        {
            // "a member of the Ukrainian delegation David Arakhamia", "adviser to the Ukrainian president X": the title reaches
            // back over "of the" (the president there is another person's title, not X's).
            lead -= 3;
        }

        var appositive = tokens[j - 1].Raw.EndsWith(',') ? AppositiveRole(tokens, j) : null;
        string? gluedTitle = null;
        if (appositive is null && lead < i && i - lead == 1 && lexicon.TitleWords.Contains(Clean(tokens[lead])) && TitleBefore(tokens, lead) is { } set)
        {
            // "The chairman of the Senate committee, Senator X,": the title set off before is the role; the one word glued to the
            // name stays a way of naming them ("the senator said").
            appositive = set;
            gluedTitle = Clean(tokens[lead]);
            lead = i;
        }

        var chunk = masked[tokens[lead].Start..tokens[j - 1].End];
        // "The man who led the army delegation, Brig. Gen. X,": a rank or honorific before the name leaves the title before it the role.
        appositive ??= tokens[lead..i].TrueForAll(t => lexicon.Ranks.Contains(Clean(t)) || lexicon.Honorifics.Contains(Clean(t))) ? TitleBefore(tokens, lead) : null;
        if (parser.Parse(chunk, appositive) is { Kind: MentionKind.Person } mention)
        {
            registry.Spot(mention with { Rank = mention.Rank ?? gluedTitle }, basePosition + tokens[i].Start);
        }
    }

    private bool HasEvidence(List<Token> tokens, int i, int j)
    {
        // "the Veld Institute", "Ostra University": a name that ends in a word for an institution is none of a person's.
        if (lexicon.InstitutionNouns.Contains(Clean(tokens[j - 1])))
        {
            return false;
        }

        if (TitleBefore(tokens, i) is not null)
        {
            return true;
        }

        for (var k = i - 1; k >= 0 && i - k <= MaxLead && !EndsPhrase(tokens[k]) && IsTitlePhraseToken(tokens[k]); k--)
        {
            if (lexicon.IsTitleToken(Clean(tokens[k])))
            {
                return true;
            }
        }

        if (i > 0 && !EndsPhrase(tokens[i - 1]) && lexicon.IsTitleToken(tokens[i - 1].Raw.TrimEnd(',')))
        {
            return true;
        }

        if (tokens[j - 1].Raw.EndsWith(',') && AppositiveRole(tokens, j) is not null)
        {
            return true;
        }

        // "Kanya Saeng, whose son was among the players, …": a relative clause of a person after the name in commas (not after a
        // preposition: "Villagers in Mae Sai, who had been evacuated, …" are the villagers).
        if (tokens[j - 1].Raw.EndsWith(',') && j < tokens.Count && tokens[j].Word is "who" or "whose" && j - i >= 2
            && (i == 0 || !Prepositions.Contains(tokens[i - 1].Word)))
        {
            return true;
        }

        var next = j;
        while (next < tokens.Count && lexicon.SubjectSkipWords.Contains(tokens[next].Word))
        {
            next++;
        }

        return next < tokens.Count && lexicon.SpeechVerbs.Contains(tokens[next].Word) && !EndsPhrase(tokens[j - 1]);
    }

    /// <summary>"The US secretary of state, Antony Blinken, said": a title phrase set off by a comma before the name.</summary>
    private string? TitleBefore(List<Token> tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].Raw.EndsWith(','))
        {
            return null;
        }

        var start = i - 1;
        while (start > 0 && i - start < MaxTitleBefore && !EndsPhrase(tokens[start - 1]))
        {
            start--;
        }

        var words = tokens[start..i];
        var title = words.FindIndex(t => lexicon.IsTitleToken(t.Word));
        var determiner = title < 0 ? -1 : words.FindLastIndex(title, t => t.Word is "the" or "a" or "an" or "another" or "its" or "his" or "her" or "their");
        if (determiner >= 0)
        {
            // "After the meeting a key advisor to the mayor, X,", "… was represented by its deputy ambassador, X,": the title starts
            // after the determiner before its title word.
            words = words[(determiner + 1)..];
        }
        else if (words.Count > MaxLead)
        {
            // With no article to start it, a long run of words is more than a title.
            words = words[^MaxLead..];
        }

        return words.Count > 0 && words.Exists(t => lexicon.IsTitleToken(t.Word)) && !words.Exists(t => lexicon.IsAttributionVerb(t.Word))
            ? string.Join(' ', words.Select(t => t.Raw)).TrimEnd(',')
            : null;
    }

    /// <summary>", the head of the Russian delegation," or ", who also serves as NATO's supreme allied commander," after a
    /// name: a role when it holds a title word.</summary>
    private string? AppositiveRole(List<Token> tokens, int from)
    {
        if (Heading(tokens, from) is { } led)
        {
            return led;
        }

        var serving = ServingAs(tokens, from);
        if (serving > from)
        {
            from = serving;
        }
        else if (from >= tokens.Count || tokens[from].Word is not ("the" or "a" or "an"))
        {
            return null;
        }

        // The appositive ends at a comma or stop, or where a cue verb follows it unpunctuated ("…, the deputy head of
        // the president's office telling the BBC that").
        var end = tokens.FindIndex(from, t => EndsPhrase(t) || lexicon.ParticipleVerbs.Contains(t.Word) || lexicon.SpeechVerbs.Contains(t.Word));
        if (end > from && !EndsPhrase(tokens[end]))
        {
            end--;
        }

        if (end < 0 || end - from > MaxWhatSomeoneDoes || (end - from > 8 && !IsWhatSomeoneDoesSomewhere(tokens[from..(end + 1)])))
        {
            return null;
        }

        var words = tokens[from..(end + 1)];
        return words.Any(t => lexicon.TitleWords.Contains(t.Word)) || IsWhatSomeoneDoesSomewhere(words)
            ? string.Join(' ', words.Select(t => t.Raw)).TrimEnd(',', '.', ';')
            : null;
    }

    /// <summary>", a volcanologist at the University of Iceland's Institute of Earth Sciences," runs longer than a title.</summary>
    private const int MaxWhatSomeoneDoes = 14;

    private static readonly HashSet<string> PlaceOfWork = new(StringComparer.Ordinal) { "at", "of", "for", "with", "from", "in" };

    /// <summary>", a volcanologist at the University of Iceland,", ", a tailor in the Medina,": an article, a few lower-case
    /// words and where the person does it (a capitalised name after "at", "of", "in"…) describe a person's work even when no
    /// title word of the conventions is among them.</summary>
    private static bool IsWhatSomeoneDoesSomewhere(List<Token> words)
    {
        if (words.Count < 4 || words[0].Word is not ("a" or "an"))
        {
            return false;
        }

        var link = words.FindIndex(1, t => PlaceOfWork.Contains(t.Word));
        return link is > 1 and <= 4 && words[1..link].TrueForAll(t => char.IsLower(t.Raw[0]))
            && words.Skip(link + 1).Take(2).Any(t => char.IsUpper(t.Raw[0]));
    }

    private const int HeadedWords = 12;

    /// <summary>"X, who heads the Turkish team at the coordination centre," and "X, who led the rebel delegation,": the role
    /// "head of" what is headed, up to the comma or stop (at most twelve words); null when a clause goes on past it ("who led
    /// the team and later resigned").</summary>
    private static string? Heading(List<Token> tokens, int from)
    {
        var i = AfterWho(tokens, from);
        if (i < 0 || i + 1 >= tokens.Count || tokens[i].Word is not ("heads" or "headed" or "leads" or "led" or "chairs" or "chaired")
            || tokens[i + 1].Word is not ("the" or "a" or "an"))
        {
            return null;
        }

        var end = tokens.FindIndex(i + 1, t => t.Raw.EndsWith(',') || t.Raw.EndsWith('.') || t.Raw.EndsWith(';'));
        if (end <= i + 1 || end - i > HeadedWords || tokens[(i + 2)..(end + 1)].Exists(t => t.Word is "and" or "but" or "who" or "which" or "where"))
        {
            return null;
        }

        return "head of " + string.Join(' ', tokens[(i + 1)..(end + 1)].Select(t => t.Raw)).TrimEnd(',', '.', ';');
    }

    /// <summary>Where the role starts in "who (also) serves as …", "who is …": after "as" or the verb; <paramref name="from"/>
    /// when the words there are no such clause.</summary>
    private static int ServingAs(List<Token> tokens, int from)
    {
        var i = AfterWho(tokens, from);
        if (i < 0)
        {
            return from;
        }

        if (i + 1 < tokens.Count && tokens[i].Word is "serves" or "served" or "acts" or "works" && tokens[i + 1].Word == "as")
        {
            return i + 2;
        }

        return i < tokens.Count && tokens[i].Word is "is" or "was" ? i + 1 : from;
    }

    /// <summary>Where the verb of a "who (also/now/currently/still) …" clause at <paramref name="from"/> stands; -1 when there is none.</summary>
    private static int AfterWho(List<Token> tokens, int from)
    {
        if (from >= tokens.Count || tokens[from].Raw != "who")
        {
            return -1;
        }

        var i = from + 1;
        return i < tokens.Count && tokens[i].Word is "also" or "now" or "currently" or "still" ? i + 1 : i;
    }

    /// <summary>A word that can stand in a title before a name: "a member of the Ukrainian delegation [David Arakhamia]".</summary>
    private bool IsTitlePhraseToken(Token t) =>
        char.IsUpper(t.Raw[0]) || t.Word is "of" or "the" or "for" || lexicon.IsTitleToken(Clean(t)) || lexicon.Data.GroupNouns.ContainsKey(t.Word);

    private bool IsLeadToken(Token t) =>
        lexicon.IsTitleToken(t.Raw) || lexicon.TitleWords.Contains(t.Word) || lexicon.Data.GroupNouns.ContainsKey(t.Word)
        || (char.IsUpper(t.Raw[0]) && !lexicon.ClauseWords.Contains(t.Word) && t.Word is not ("the" or "a" or "an"));

    private bool EndsPhrase(Token t) =>
        t.Raw.EndsWith(',') || t.Raw.EndsWith(';') || t.Raw.EndsWith(':') || t.Raw.EndsWith('”')
        || (t.Raw.EndsWith('.') && !lexicon.Abbreviations.Contains(t.Raw) && !(t.Raw.Length == 2 && char.IsUpper(t.Raw[0])));

    private static string Clean(Token t) => t.Raw.Trim(',', ';', ':', '(', ')', '“', '”', '"', '‘', '\'');
}
