using System.Text.RegularExpressions;

namespace TalksBot.Core.Text;

/// <summary>Whether a text holds one of some words or phrases as whole words, in any case ("so that" in "… so that the
/// cranes …", not "so" in "also").</summary>
internal static class WholeWords
{
    public static bool HoldsAny(string text, IEnumerable<string> phrases) =>
        phrases.Any(phrase => Regex.IsMatch(text, $@"\b{Regex.Escape(phrase)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>Where the text first holds the phrase as whole words, in its own case (a name: "Irpin"), or -1.</summary>
    public static int IndexOf(string text, string phrase) =>
        Regex.Match(text, $@"\b{Regex.Escape(phrase)}\b", RegexOptions.CultureInvariant) is { Success: true } match ? match.Index : -1;
}
