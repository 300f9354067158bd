using System.Security.Cryptography;

namespace TalksBot.Core.Chat;

/// <summary>The short random key of an answer's "More quotes" pages, as the button's command carries it.</summary>
public static class FollowUpKey
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int Length = 10;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool IsKey(string text) => text.Length == Length && text.All(Alphabet.Contains);
}
