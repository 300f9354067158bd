namespace TalksBot.Core.Text;

/// <summary>A message's words as typed, lowercase, without the punctuation around them: unlike the tokenizer's, they
/// keep chat's one-letter words ("u").</summary>
internal static class ChatWords
{
    private static readonly char[] Punctuation = ['?', '!', '.', ',', ';', ':', '"', '\''];

    public static List<string> Of(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim(Punctuation).ToLowerInvariant()).Where(word => word.Length > 0)];
}
