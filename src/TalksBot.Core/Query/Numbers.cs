using TalksBot.Core.Text;

namespace TalksBot.Core.Query;

/// <summary>Whether a text states a quantity, for "how many" and "how much" questions. A number that
/// is part of a name ("Article 5", "Flight 17") is not a quantity.</summary>
internal static class Numbers
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "dozen", "dozens", "half", "third", "percent", "numbers", "few", "several",
    };

    private const int CountedWithin = 3;

    private static readonly HashSet<string> VagueAmounts = new(StringComparer.Ordinal) { "numbers", "few", "several", "dozens", "hundreds", "thousands", "millions" };

    public static bool IsNumberWord(string word) => NumberWords.Contains(word);

    public static bool IsNumber(TextToken token) => char.IsAsciiDigit(token.Word[0]) || NumberWords.Contains(token.Word);

    /// <summary>A number in the text counts one of <paramref name="stems"/>: the word follows it closely ("35 people",
    /// "a 15-year period").</summary>
    /// <param name="precisely">Only a stated number counts, not a vague amount.</param>
    public static bool Counts(string text, IReadOnlyList<string> stems, bool precisely = false)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "small numbers", "several": a vague amount is said of what the sentence is about, not of the word after it.
            if ((VagueAmounts.Contains(tokens[i].Word) && !precisely)
                || (IsNumber(tokens[i]) && !(precisely && VagueAmounts.Contains(tokens[i].Word))
                    && tokens.Skip(i + 1).Where(t => !t.IsFunctionWord).Take(CountedWithin).Any(t => stems.Contains(t.Stem))))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="precisely">Only a stated number counts, not a vague amount ("small numbers", "dozens").</param>
    public static bool Mentions(string text, bool precisely = false)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var isNumber = IsNumber(tokens[i]) && !(precisely && VagueAmounts.Contains(tokens[i].Word));
            var namesSomething = i > 0 && char.IsUpper(text[tokens[i - 1].Start]) && char.IsAsciiDigit(tokens[i].Word[0]);
            if (isNumber && !namesSomething)
            {
                return true;
            }
        }

        return false;
    }
}
