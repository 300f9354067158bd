using System.Text.RegularExpressions;

namespace TalksBot.Ingest.Documents;

/// <summary>Picks the HTML or the plain-text reader for an input.</summary>
internal static partial class DocumentReader
{
    public static SourceDocument Read(string text, string? fileName) =>
        IsHtml(text, fileName) ? HtmlReader.Read(text) : PlainTextReader.Read(text);

    public static bool IsHtml(string text, string? fileName)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
        {
            return true;
        }

        var head = text.Length > 4096 ? text[..4096] : text;
        return head.TrimStart().StartsWith('<') && HtmlTag().Count(head) >= 2;
    }

    [GeneratedRegex(@"<(?:!doctype\s+html|html|head|body|article|main|div|p)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
