using System.Text.Encodings.Web;
using System.Text.Json;
using TalksBot.Core.Chat;
using TalksBot.Core.Query;

namespace TalksBot.Cli;

/// <summary>Writes one answer as one line of JSON in the documented shape:
/// <c>{"question","answered","text","citations":[{"quote","speaker","role","via","source","paragraph",…}]}</c>. "quote" is
/// always the verbatim span; "shown" is the quote as people see it (with the cut mark after a quote the source cuts off).</summary>
internal static class JsonAnswerWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(string question, Answer answer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("question", question);
            json.WriteBoolean("answered", answer.Answered);
            json.WriteString("text", answer.Text);
            json.WriteStartArray("citations");
            foreach (var citation in answer.Citations)
            {
                WriteCitation(json, citation);
            }

            json.WriteEndArray();
            json.WriteStartArray("suggestions");
            foreach (var suggestion in answer.Suggestions)
            {
                json.WriteStringValue(suggestion);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteCitation(Utf8JsonWriter json, Citation citation)
    {
        json.WriteStartObject();
        json.WriteString("quote", citation.Quote);
        json.WriteString("speaker", citation.Speaker);
        json.WriteString("role", citation.Role);
        json.WriteString("via", citation.Via);
        json.WriteString("source", citation.Source.Publisher);
        json.WriteNumber("paragraph", citation.Paragraph);
        json.WriteString("kind", citation.Kind switch
        {
            Core.Knowledge.StatementKind.DirectQuote => "direct_quote",
            Core.Knowledge.StatementKind.ReportedClaim => "reported_claim",
            _ => "narration",
        });
        json.WriteBoolean("counterpoint", citation.IsCounterpoint);
        json.WriteBoolean("cut", citation.IsCut);
        json.WriteString("shown", citation.IsCut ? CutQuote.Marked(citation.Quote) : citation.Quote);
        json.WriteString("note", citation.IsCut ? CutQuote.Note : null);
        json.WriteString("article", citation.Source.ArticleId);
        json.WriteString("title", citation.Source.Title);
        json.WriteString("date", citation.Source.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("url", citation.Source.Url?.ToString());
        json.WriteEndObject();
    }
}
