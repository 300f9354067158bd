namespace TalksBot.Core.Chat;

/// <summary>How every surface shows a quote the source text cuts off (<see cref="Query.Citation.IsCut"/>): the
/// verbatim span, then <see cref="Mark"/> outside it, then <see cref="Note"/>. The wording is Core's so that
/// every surface says the same; each adapter places and escapes it.</summary>
public static class CutQuote
{
    /// <summary>Follows the verbatim span, inside the quotation marks a renderer adds around it.</summary>
    public const string Mark = "…";

    /// <summary>Follows the closing quotation mark.</summary>
    public const string Note = "(quote cut off in the source)";

    /// <summary>The quote as shown, with <see cref="Mark"/> after it unless it already ends in one (the span's own, or
    /// a renderer's shortening).</summary>
    public static string Marked(string shown) => shown.EndsWith(Mark, StringComparison.Ordinal) ? shown : shown + Mark;
}
