namespace TalksBot.Core.Text;

/// <summary>Finds multi-word phrases (as stem sequences) in tokenized text and reports which concept
/// each belongs to. Leading articles are ignored, so "the Pentagon" also matches "Pentagon".</summary>
internal sealed class ConceptMatcher
{
    private readonly Dictionary<string, List<Phrase>> _byFirstStem = new(StringComparer.Ordinal);

    public void Add(int concept, string phrase)
    {
        var stems = Tokenizer.Tokenize(phrase).Select(t => t.Stem).SkipWhile(IsArticle).ToArray();
        if (stems.Length == 0)
        {
            return;
        }

        if (!_byFirstStem.TryGetValue(stems[0], out var phrases))
        {
            _byFirstStem[stems[0]] = phrases = [];
        }

        if (!phrases.Any(p => p.Concept == concept && p.Stems.AsSpan().SequenceEqual(stems)))
        {
            phrases.Add(new Phrase(concept, stems));
        }
    }

    public void Match(IReadOnlyList<TextToken> tokens, List<ConceptMatch> matches)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(tokens[i].Stem, out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (StartsAt(tokens, i, phrase.Stems))
                {
                    matches.Add(new ConceptMatch(phrase.Concept, i, phrase.Stems.Length));
                }
            }
        }
    }

    private static bool StartsAt(IReadOnlyList<TextToken> tokens, int start, string[] stems)
    {
        if (start + stems.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 1; j < stems.Length; j++)
        {
            if (!string.Equals(tokens[start + j].Stem, stems[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsArticle(string stem) => stem is "the" or "a" or "an";

    private sealed record Phrase(int Concept, string[] Stems);
}
