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

    public static bool IsNumberWord(string word) => NumberWords.Contains(word);

    public static bool Mentions(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var isNumber = char.IsAsciiDigit(tokens[i].Word[0]) || NumberWords.Contains(tokens[i].Word);
            var namesSomething = i > 0 && char.IsUpper(text[tokens[i - 1].Start]) && char.IsAsciiDigit(tokens[i].Word[0]);
            if (isNumber && !namesSomething)
            {
                return true;
            }
        }

        return false;
    }
}
