namespace TalksBot.Core.Text;

/// <summary>A word of a text: as written (lowercased, accents folded), its stem, and where it stood.</summary>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character in the original text.</param>
/// <param name="IsFunctionWord">The word is one of <see cref="FunctionWords"/> (it carries no subject matter).</param>
/// <param name="IsPossessive">The word was written with a possessive "'s" ("Russia's").</param>
internal readonly record struct TextToken(string Word, string Stem, int Start, int End, bool IsFunctionWord, bool IsPossessive = false);
