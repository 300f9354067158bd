using TalksBot.Core.Knowledge;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Attribution;

/// <summary>Walks an article's paragraphs in order and finds its direct quotes and reported claims with
/// their speakers and outlets. One instance analyses one article.</summary>
internal sealed class ArticleAnalyzer
{
    /// <summary>Positions are paragraph × stride + offset, so mention order is comparable across paragraphs.</summary>
    internal const int ParagraphStride = 1 << 20;

    private static readonly HashSet<string> ContinuationVerbs = new(StringComparer.Ordinal) { "added", "adds", "continued", "continues" };

    private readonly Lexicon _lexicon;
    private readonly HashSet<string> _knownOutlets;
    private readonly MentionParser _parser;
    private readonly ActorRegistry _registry;
    private readonly OutletCues _outlets;
    private readonly NameSpotter _spotter;
    private readonly ClaimFinder _claims;
    private readonly PassiveAttribution _passive;
    private readonly PhraseReader _phrases;
    private readonly CueReader _cues;
    private readonly List<StatementDraft> _statements = [];
    private readonly List<(int Paragraph, int Start, int End)> _pending = [];
    private readonly List<int> _interviewCueParagraphs = [];
    private readonly List<(ActorMention Title, int Paragraph, StatementKind Kind, ActorDraft? Via, int Start, int End, bool Cut)> _deferred = [];
    private StatementDraft? _lastQuote;
    private AttributionCue? _closingCue;
    private readonly ChannelMemory _channels;
    private ActorDraft? _lastClaimSpeaker;

    /// <summary>The sentence read last, when it is plain prose that a following "This was stated by X." can attribute.</summary>
    private (int Paragraph, Range Sentence)? _plainSentence;
    private InterviewLayout? _interview;
    private ActorDraft? _interviewee;
    private int _lastParagraph;
    private IReadOnlyList<string> _paragraphs = [];
    private PlaceNames? _places;

    public ArticleAnalyzer(Lexicon lexicon, CorpusIndex corpus)
    {
        _lexicon = lexicon;
        _knownOutlets = new HashSet<string>(corpus.Outlets, StringComparer.Ordinal);
        _parser = new MentionParser(lexicon, _knownOutlets);
        _registry = new ActorRegistry(corpus, _parser);
        var phrases = _phrases = new PhraseReader(lexicon);
        _outlets = new OutletCues(lexicon, phrases);
        _spotter = new NameSpotter(lexicon, _parser, _registry);
        _claims = new ClaimFinder(lexicon, phrases, _parser, _registry);
        _cues = new CueReader(lexicon, phrases, _parser, _outlets);
        _passive = new PassiveAttribution(lexicon, phrases, _parser);
        _channels = new ChannelMemory(lexicon);
    }

    public ActorRegistry Registry => _registry;

    /// <summary>The article's publisher, known once <see cref="Analyze"/> has run.</summary>
    public ActorDraft? Publisher { get; private set; }

    public IReadOnlyList<StatementDraft> Analyze(IReadOnlyList<string> paragraphs, string publisher)
    {
        _knownOutlets.Add(Words.Compact(publisher));
        foreach (var p in paragraphs)
        {
            foreach (var name in _outlets.Names(p, _parser))
            {
                _knownOutlets.Add(Words.Compact(name));
            }
        }

        _paragraphs = paragraphs;
        _places = new PlaceNames(paragraphs);
        _registry.IsPersonName = _places.IsPersonName;
        Publisher = _registry.Publisher(publisher);
        _interview = InterviewLayout.Detect(paragraphs, _lexicon, publisher);
        var style = QuoteScanner.DetectStyle(paragraphs);
        _lastParagraph = paragraphs.Count - 1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            Paragraph(i, paragraphs[i], style);
        }

        ResolveDeferred();
        _registry.SpellOutAcronyms(paragraphs);
        return [.. _statements.DistinctBy(s => (s.Paragraph, s.Start, s.End)).Where(s => !NonStatements.IsCutNarration(s, paragraphs))
            .OrderBy(s => s.Paragraph).ThenBy(s => s.Start)];
    }

    private void Paragraph(int index, string p, QuoteStyle style)
    {
        var basePosition = index * ParagraphStride;
        var spans = QuoteScanner.Scan(p, style);
        var masked = SentenceSplitter.Mask(p, spans);
        _spotter.Spot(masked, basePosition);
        if (_lexicon.Data.InterviewCues.Any(c => p.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            _interviewCueParagraphs.Add(index);
        }

        if (!Interview(index, p, basePosition))
        {
            foreach (var sentence in SentenceSplitter.Split(p, spans, _lexicon))
            {
                Sentence(index, p, masked, sentence, spans, basePosition);
                _plainSentence = _passive.IsPlain(masked, sentence) ? (index, sentence) : null;
            }
        }

        if (_pending.Count > 0 && _pending[^1].Paragraph < index)
        {
            _pending.Clear();
        }
    }

    private void Sentence(int index, string p, string masked, Range sentence, List<QuoteSpan> spans, int basePosition)
    {
        var (from, to) = (sentence.Start.Value, sentence.End.Value);
        var quotes = spans.Where(q => q.Open >= from && q.Open < to).ToList();
        var sentenceVia = _outlets.Via(masked, from, to, _parser) is { } v ? _registry.Resolve(v, basePosition + from) : null;
        ActorDraft? subject = null;
        var before = _statements.Count;
        _closingCue = quotes.Count > 0 ? ClosingCue(masked, quotes[^1].End, to) : null;
        for (var k = 0; k < quotes.Count; k++)
        {
            var preFrom = k == 0 ? from : quotes[k - 1].End;
            var postTo = k + 1 < quotes.Count ? quotes[k + 1].Open : to;
            subject = Quote(index, p, masked, quotes[k], (preFrom, postTo, from), sentenceVia, basePosition, subject) ?? subject;
        }

        if (subject is not null && quotes.Count > 0 && _claims.AfterQuote(masked, sentence, quotes[^1].End) is { } more)
        {
            AddClaim(index, subject, sentenceVia, more.Start, more.End);
        }

        if (sentenceVia is not null && _statements.Count == before && _registry.FirstPersonBetween(basePosition + from, basePosition + to) is { } user)
        {
            _channels.Saw(user, sentenceVia);
        }
        else if (sentenceVia is { Kind: ActorKind.Outlet } && _statements.Count == before && PronounSubject(p, from, basePosition) is { } referent)
        {
            CreditLastQuote(referent, sentenceVia, index);
        }

        if (_statements.Count == before && _cues.FirstSpeaker(masked, from, to, linked: false) is { Speaker.Kind: MentionKind.Person or MentionKind.Title } speech)
        {
            // Reported speech without quotation marks still introduces its speaker, in the role given there.
            _registry.Resolve(speech.Speaker, basePosition + speech.Start);
        }

        if (_claims.Find(masked, sentence, subject, basePosition) is { } claim)
        {
            if (claim.Speaker.Kind != ActorKind.Person && _closingCue is { } closing && Resolve(closing.Speaker!, basePosition + closing.Start) is { } closer)
            {
                // As for its quotes: what an institution is said to have said in a sentence a named person closes is that person's.
                var closingVia = closing.Via is { } cv ? _registry.Resolve(cv, basePosition + closing.Start) : sentenceVia;
                AddClaim(index, closer, closingVia, claim.Start, claim.End);
            }
            else
            {
                AddClaim(index, claim.Speaker, sentenceVia, claim.Start, claim.End);
            }

            // "…, though the Pentagon said it could not corroborate the reports": the claims after the first.
            for (var rest = claim.End; rest < to && _claims.Find(masked, new Range(rest, to), null, basePosition) is { } next && next.End > rest; rest = next.End)
            {
                AddClaim(index, next.Speaker, sentenceVia, next.Start, next.End);
            }
        }
        else if (_plainSentence is { } plain && _passive.Stater(masked, sentence) is { } stater
            && Resolve(stater, basePosition + from) is { Kind: not ActorKind.Outlet } speaker)
        {
            // "The sides will not sign anything. This was stated by X.": the sentence before is X's.
            var (paragraph, said) = plain;
            AddClaim(paragraph, speaker, null, said.Start.Value, _paragraphs[paragraph][..said.End.Value].TrimEnd().Length);
        }
    }

    private void AddClaim(int index, ActorDraft speaker, ActorDraft? sentenceVia, int start, int end)
    {
        var via = sentenceVia == speaker || speaker.Kind == ActorKind.Outlet ? null : sentenceVia;
        Add(new StatementDraft(index, StatementKind.ReportedClaim, speaker, via, start, end));
        if (speaker.Kind != ActorKind.Outlet)
        {
            _lastClaimSpeaker = speaker;
        }
    }

    /// <returns>The speaker the quote was attributed to, the subject for a later elided attribution.</returns>
    private ActorDraft? Quote(int index, string p, string masked, QuoteSpan q, (int PreFrom, int PostTo, int SentenceStart) window, ActorDraft? sentenceVia, int basePosition, ActorDraft? subject)
    {
        var inner = q.Inner(p);
        var standalone = p[window.PreFrom..q.Open].Trim().TrimEnd(':').Length == 0;
        var post = q.RunsOn ? null : _cues.After(p, q.End, window.PostTo);
        var pre = _cues.Before(p, window.PreFrom, q.Open);
        if (pre is null && post is null && !standalone)
        {
            pre = _cues.Governing(masked, window.SentenceStart, q.Open);
        }

        if (NonStatements.IsLabel(masked, window.PreFrom, q, inner, _lexicon))
        {
            return null;
        }

        if (Words.Count(inner) <= 2 && (post is null || post.IsReport || (inner[^1] is not (',' or '.' or '?' or '!') && !char.IsUpper(inner[0]))))
        {
            return null;
        }

        var kind = StatementKind.DirectQuote;

        // A quotation still open where the text ends was cut off by the excerpt: kept as far as it goes, marked, never extended.
        var cut = q.RunsOn && index == _lastParagraph;
        var (start, end) = (q.InnerStart, cut ? q.InnerEnd : TrimQuoteEnd(p, q));
        ActorDraft? speaker = null, via = null;
        if (pre is not null)
        {
            speaker = pre.Elided
                ? subject ?? _registry.RecentPerson(basePosition + q.Open, basePosition) ?? PronounSubject(p, window.SentenceStart, basePosition)
                    ?? DescribedSubject(p, window.SentenceStart, pre.Start, basePosition) ?? NamedSubject(p, window.SentenceStart, pre.Start, basePosition)
                : ResolveCue(pre, index, basePosition + pre.Start);
            if (speaker is null && pre.Speaker?.Kind == MentionKind.Pronoun
                && _cues.Governing(masked, window.SentenceStart, q.Open) is { Speaker: not null } outer && outer.Start != pre.Start)
            {
                // "X said … a day after it vowed it would “…”" with nobody "it" can be: the sentence's speaker keeps it.
                pre = outer;
                speaker = ResolveCue(pre, index, basePosition + pre.Start);
            }

            via = pre.Via is { } pv ? _registry.Resolve(pv, basePosition + pre.Start) : null;
        }

        if (post is not null)
        {
            var named = ResolveCue(post, index, basePosition + post.Start);
            if (named?.Kind == ActorKind.Outlet && speaker is not null)
            {
                via = named;
            }
            else if (named?.Kind == ActorKind.Outlet && !standalone)
            {
                // Words quoted from the outlet's own report inside the writer's sentence: the outlet's account of a claim.
                (kind, start, end, via, speaker) = (StatementKind.ReportedClaim, window.SentenceStart, q.End, named, _lastClaimSpeaker ?? named);
            }
            else
            {
                speaker ??= named;
            }

            via ??= post.Via is { } v ? _registry.Resolve(v, basePosition + post.Start) : null;
        }

        if (pre is null && post is null && IntroducingPerson(p, window.SentenceStart, q.Open, basePosition) is { } introducing)
        {
            // "Somchai Wongsakul, a water engineer who ran one of the pump teams, put it simply: “…”": a named person opening a
            // sentence whose few last words lead to a colon introduces the quote after it, whatever the verb.
            speaker = introducing;
        }
        else if (pre is null && post is null)
        {
            if (!standalone && (_cues.HasCueVerb(masked, window.SentenceStart, window.PostTo) || _lastQuote is null || _lastQuote.Paragraph < index - 1))
            {
                return null;
            }

            // Standing alone, or woven into a sentence that attributes nothing: the speaker just quoted goes on.
            (speaker, via) = Continuation(index, basePosition + q.Open, basePosition);
        }

        if (post is null && speaker?.Kind is not ActorKind.Person && _closingCue is { } closing)
        {
            // "The ministry confirmed it will “…” in the north, Deputy Minister X told RIA.": the person closing the
            // sentence is the source of what an institution is said to have said in it.
            speaker = Resolve(closing.Speaker!, basePosition + closing.Start);
            via = closing.Via is { } cv ? _registry.Resolve(cv, basePosition + closing.Start) : via;
        }

        via ??= sentenceVia;
        if (speaker is null && (pre?.Speaker ?? post?.Speaker) is { Kind: MentionKind.Title } title)
        {
            _deferred.Add((title, index, kind, via, start, end, cut && kind == StatementKind.DirectQuote));
            return null;
        }

        if (speaker is null)
        {
            if (q.RunsOn)
            {
                _pending.Add((index, start, end));
            }

            return null;
        }

        if (_pending.Count > 0 && q.Open == 0)
        {
            _pending.ForEach(piece => Add(new StatementDraft(piece.Paragraph, kind, speaker, via == speaker ? null : via, piece.Start, piece.End)));
            _pending.Clear();
        }

        Add(new StatementDraft(index, kind, speaker, via == speaker ? null : via, start, end, cut && kind == StatementKind.DirectQuote));
        return speaker.Kind == ActorKind.Outlet ? null : speaker;
    }

    /// <summary>", Russian Deputy Defense Minister Alexander Fomin told RIA state media." ending a sentence after its
    /// last quote: an attribution of the whole sentence to a named person.</summary>
    private AttributionCue? ClosingCue(string masked, int afterQuote, int to)
    {
        var comma = to > afterQuote ? masked.LastIndexOf(',', to - 1, to - afterQuote) : -1;
        return comma > afterQuote && _cues.After(masked, comma + 1, to) is { Speaker.Kind: MentionKind.Person, IsReport: false } cue ? cue : null;
    }

    /// <summary>A lead often names the title before the person ("Ostrania's water minister has said…", the
    /// name comes later): such quotes are attributed once the whole article has introduced its people, and to the title itself
    /// when nobody named holds it.</summary>
    private void ResolveDeferred()
    {
        foreach (var (title, paragraph, kind, via, start, end, cut) in _deferred)
        {
            // "The Turkish president said": with nobody named holding the title, the title is who speaks.
            if ((_registry.ResolveLate(title, paragraph * ParagraphStride + start) ?? _registry.TitleHolder(title, paragraph * ParagraphStride + start)) is { } speaker)
            {
                Add(new StatementDraft(paragraph, kind, speaker, via == speaker ? null : via, start, end, cut));
            }
        }
    }

    /// <summary>A quote standing alone continues the last person named in the paragraph, else the speaker the
    /// article quoted last (the news convention for a quote running on), else the person named last.</summary>
    private (ActorDraft? Speaker, ActorDraft? Via) Continuation(int index, int position, int paragraphStart)
    {
        if (_registry.RecentPerson(position, paragraphStart) is { } recent)
        {
            var earlier = _statements.LastOrDefault(s => s.Paragraph == index && s.Speaker == recent);
            return (recent, earlier?.Via);
        }

        // "Dr Marsh warned that the deal was unlikely to last." then a quote on its own: the person the paragraph before has
        // speaking, over someone quoted further back.
        if (index > 0 && (_lastQuote is null || _lastQuote.Paragraph < index - 1)
            && _registry.RecentPerson(position, (index - 1) * ParagraphStride) is { } introduced
            && _cues.HasCueVerb(_paragraphs[index - 1], 0, _paragraphs[index - 1].Length))
        {
            return (introduced, null);
        }

        return _lastQuote is { } last ? (last.Speaker, last.Via) : (_registry.RecentPerson(position, 0), null);
    }

    /// <summary>"“…” [quote]. He was speaking in an interview with news channel X.": the outlet named just after
    /// a person's quote, in this paragraph or the next, is the quote's outlet when it had none.</summary>
    private void CreditLastQuote(ActorDraft speaker, ActorDraft outlet, int index)
    {
        var last = _statements.FindLastIndex(s => s.Kind == StatementKind.DirectQuote);
        if (last >= 0 && _statements[last] is { Via: null } quote && quote.Speaker == speaker && quote.Paragraph >= index - 1)
        {
            outlet.Referenced = true;
            _statements[last] = quote with { Via = outlet };
        }
    }

    /// <summary>"He also referred to …, saying that …": a sentence opening with a pronoun is about the person named last.</summary>
    private ActorDraft? PronounSubject(string p, int sentenceStart, int basePosition) =>
        Token.Split(p, sentenceStart, p.Length) is [var first, ..] && _parser.Parse(first.Raw) is { Kind: MentionKind.Pronoun } pronoun
            ? Resolve(pronoun, basePosition + first.Start)
            : null;

    /// <summary>"Ostrania’s envoy to the UN addressed …, describing a “…”": the participle's subject is the sentence's,
    /// a title with no name to it.</summary>
    private ActorDraft? DescribedSubject(string p, int sentenceStart, int cueStart, int basePosition) =>
        _phrases.Opening(p, sentenceStart, cueStart) is not { } np ? null
        : np.Appositive is not null && _parser.Parse(np.Chunk, np.Appositive) is { Kind: MentionKind.Person } named ? Resolve(named, basePosition + np.Start)
        : _parser.Parse(np.Chunk) is { Kind: MentionKind.Title } title ? _registry.Described(title, basePosition + np.Start)
        : null;

    /// <summary>"Somchai Wongsakul, a water engineer who ran one of the pump teams, put it simply: “…”": a person (one the article
    /// already knows, or whom the words in commas after the name make one) opens the sentence, and a few lower-case words ("put it
    /// simply", "was blunt") lead to the colon — not a sentence that goes on about something else ("received a text from her son
    /// just after midnight: “…”").</summary>
    private ActorDraft? IntroducingPerson(string p, int sentenceStart, int quoteOpen, int basePosition)
    {
        var lead = p[sentenceStart..quoteOpen].TrimEnd();
        if (!lead.EndsWith(':') || _phrases.CapitalisedOpening(p, sentenceStart, quoteOpen) is not { } np
            || _parser.Parse(np.Chunk) is not { Kind: MentionKind.Person } person)
        {
            return null;
        }

        // The words after the subject (and what is said of it in commas) up to the colon; what is said of it must make it a person
        // ("a water engineer who …"; not "Thames Water, the utility, …") unless the article already knows them as one.
        var subjectEnd = np.Start - sentenceStart + np.Chunk.Length;
        var afterSubject = lead[subjectEnd..].TrimStart(',', ' ');
        var comma = lead[subjectEnd] == ',' ? afterSubject.LastIndexOf(", ", StringComparison.Ordinal) : -1;
        var closing = comma >= 0 ? afterSubject[(comma + 2)..] : afterSubject;
        var isPerson = _registry.Known(person.Name) is { Kind: ActorKind.Person }
            || (comma >= 0 && afterSubject[..comma].Split(' ').Any(w => _lexicon.TitleWords.Contains(w)));
        var words = closing.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return isPerson && words.Length is > 0 and <= MaxIntroducingWords && words.All(w => w.All(c => char.IsLower(c) || c is '-' or '’' or '\''))
            ? Resolve(person, basePosition + np.Start)
            : null;
    }

    private const int MaxIntroducingWords = 4;

    /// <summary>"Ukraine's Ministry of Foreign Affairs has criticised the declaration …, saying …", "Anna Roth criticised …, saying":
    /// the person or body the sentence opens with, by name.</summary>
    private ActorDraft? NamedSubject(string p, int sentenceStart, int cueStart, int basePosition) =>
        _phrases.CapitalisedOpening(p, sentenceStart, cueStart) is { } np
        && _parser.Parse(np.Chunk) is { Kind: MentionKind.Person or MentionKind.Group or MentionKind.Proper } named
            ? Resolve(named, basePosition + np.Start)
            // "Anna Roth hit back at the plan, saying …": a person's full name may go on with any verb.
            : _phrases.CapitalisedOpening(p, sentenceStart, cueStart, anyVerb: true) is { } loose
                && _parser.Parse(loose.Chunk) is { Kind: MentionKind.Person, Name: var name } person && name.Contains(' ', StringComparison.Ordinal)
                ? Resolve(person, basePosition + loose.Start)
                : null;

    private bool Interview(int index, string p, int basePosition)
    {
        if (_interview is null || InterviewLayout.Label(p) is not { } label)
        {
            return false;
        }

        if (_interview.IsQuestion(label.Label))
        {
            return true;
        }

        var speaker = _interview.IsAnswer(label.Label) ? Interviewee(basePosition) : _registry.Known(label.Label);
        if (speaker is null)
        {
            return false;
        }

        if (speaker.Kind == ActorKind.Person)
        {
            speaker.MentionedAt(basePosition);
            Add(new StatementDraft(index, StatementKind.DirectQuote, speaker, null, label.BodyStart, p.TrimEnd().Length));
        }

        return true;
    }

    /// <summary>The person an interview is with: the first named in a paragraph that says "interview",
    /// "spoke to" and the like, else the person named last before the first answer.</summary>
    private ActorDraft? Interviewee(int position) =>
        _interviewee ??= _interviewCueParagraphs
            .Select(i => _registry.FirstPersonBetween(i * ParagraphStride, (i + 1) * ParagraphStride))
            .FirstOrDefault(d => d is not null)
            ?? _registry.RecentPerson(position, 0);

    private ActorDraft? Resolve(ActorMention mention, int position) => _registry.Resolve(mention, position);

    /// <summary>"…,” he added." after a quote: "added" and "continued" keep the speaker just quoted
    /// (when that was a person, in this paragraph or the one before) rather than the last person named. "…a day after it
    /// vowed it would “…”": "it" speaking is the nation named last before it in the paragraph, or nobody (the
    /// sentence's own speaker then keeps the quote).</summary>
    private ActorDraft? ResolveCue(AttributionCue cue, int index, int position)
    {
        if (cue.Speaker is { Kind: MentionKind.Pronoun, GroupKind: ActorKind.Person } && cue.Verb is { } verb && ContinuationVerbs.Contains(verb)
            && _lastQuote is { Speaker.Kind: ActorKind.Person } last && last.Paragraph >= index - 1)
        {
            last.Speaker.MentionedAt(position);
            return last.Speaker;
        }

        if (cue.Speaker is { Kind: MentionKind.Pronoun, Name: "it" } it)
        {
            // "The Kremlin said … Fighters …, it said, would be offered …": set off in commas, the body speaking earlier in the paragraph.
            if (_paragraphs[index][..cue.Start].TrimEnd().EndsWith(',')
                && _cues.FirstSpeaker(_paragraphs[index], 0, cue.Start, linked: false) is { Speaker: { Kind: MentionKind.Group or MentionKind.Proper } body }
                && Resolve(body, position) is { Kind: not (ActorKind.Person or ActorKind.Outlet) } speaking)
            {
                return speaking;
            }

            return _places?.NationBefore(_paragraphs[index], cue.Start) is { } named
                ? Resolve(new ActorMention(MentionKind.Proper, it.Surface, named.Name, null, null, ActorKind.Government), position)
                : null;
        }

        return Resolve(Owned(cue.Speaker!, index, cue.Start), position);
    }

    /// <summary>"In Ostrania’s morning bulletin, its army claimed…": a group named by "its"/"their" belongs to the nation
    /// named last before it in the paragraph, and is named after it ("the Ostranian army"); with none named, it stays.</summary>
    private ActorMention Owned(ActorMention mention, int index, int start)
    {
        // "Italy … Its permanent representative to the EU, X, said": the role is the nation's ("Italy's permanent representative").
        if (mention is { Kind: MentionKind.Person, Role: { } role } && role.Split(' ', 2) is [var its, var office] && its.ToLowerInvariant() is "its"
            && _places?.NationBefore(_paragraphs[index], start) is { } country)
        {
            return mention with { Role = $"{country.Name}'s {office}" };
        }

        if (mention is not { Kind: MentionKind.Group } || mention.Name.Split(' ', 2) is not [var owner, var rest] || owner.ToLowerInvariant() is not ("its" or "their")
            || _places?.NationBefore(_paragraphs[index], start) is not { } nation)
        {
            return mention;
        }

        return mention with { Name = $"the {nation.Demonym} {rest}" };
    }

    private void Add(StatementDraft statement)
    {
        statement = _channels.Apply(statement);
        if (statement.Kind == StatementKind.DirectQuote)
        {
            _lastQuote = statement;
        }

        statement.Speaker.Referenced = true;
        if (statement.Via is { } via)
        {
            via.Referenced = true;
        }

        _statements.Add(statement);
    }

    private static int TrimQuoteEnd(string p, QuoteSpan q)
    {
        var end = q.InnerEnd;
        while (end > q.InnerStart && (p[end - 1] == ',' || char.IsWhiteSpace(p[end - 1])))
        {
            end--;
        }

        return end;
    }
}
