namespace TalksBot.Core.Query;

/// <summary>The part of a long message that asks: its sentences that end in a question mark (with
/// the sentence before a short one: "… pulling back from Kyiv. Is that what they said?"), else its
/// last sentence. A message that is one sentence has no focus of its own.</summary>
internal static class QuestionFocus
{
    private const int ShortSentenceWords = 6;

    private static readonly char[] Ends = ['.', '!', '?', ';', ':', '—', '–', '\n'];

    public static string? Find(string message)
    {
        var sentences = Split(message);
        if (sentences.Count < 2)
        {
            return null;
        }

        var asking = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].EndsWith('?')).ToList();
        if (asking.Count == 0)
        {
            asking = [sentences.Count - 1];
        }

        var chosen = new SortedSet<int>(asking);
        foreach (var i in asking.Where(i => i > 0 && WordCount(sentences[i]) < ShortSentenceWords))
        {
            chosen.Add(i - 1);
        }

        return string.Join(' ', chosen.Select(i => sentences[i]));
    }

    private static List<string> Split(string message)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i <= message.Length; i++)
        {
            if (i < message.Length && Array.IndexOf(Ends, message[i]) < 0)
            {
                continue;
            }

            var end = i < message.Length && message[i] == '?' ? i + 1 : i;
            var sentence = message[start..end].Trim();
            if (sentence.Any(char.IsLetterOrDigit))
            {
                sentences.Add(sentence);
            }

            start = i + 1;
        }

        return sentences;
    }

    private static int WordCount(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
