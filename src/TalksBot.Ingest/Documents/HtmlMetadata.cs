using System.Text.Json;
using AngleSharp.Dom;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Documents;

/// <summary>Reads headline, publisher, date, canonical URL and byline from a page's head, JSON-LD and markup.</summary>
internal static class HtmlMetadata
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting"];

    public static DocumentMetadata Read(IDocument document)
    {
        var ld = JsonLd(document);
        var publisher = ld?.Publisher ?? Meta(document, "og:site_name");
        var title = ld?.Headline ?? Meta(document, "og:title")
            ?? Text(document.QuerySelector("h1")) ?? StripSiteSuffix(Text(document.QuerySelector("title")));
        var date = DateParsing.FromIso(ld?.Date) ?? DateParsing.FromIso(Meta(document, "article:published_time"))
            ?? DateParsing.FromIso(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = ld?.Url ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var byline = ld?.Author ?? Meta(document, "author")
            ?? Text(document.QuerySelector("[rel=author], .byline, .author"))?.Replace("By ", "", StringComparison.Ordinal);
        return new DocumentMetadata(title, publisher, date, AbsoluteHttp(url), byline);
    }

    private static Uri? AbsoluteHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static string? Meta(IDocument document, string key)
    {
        var element = document.QuerySelector($"meta[property='{key}'], meta[name='{key}']");
        var content = element?.GetAttribute("content")?.Trim();
        return string.IsNullOrEmpty(content) ? null : content;
    }

    private static string? Text(IElement? element)
    {
        var text = element is null ? "" : Words.CollapseSpaces(element.TextContent);
        return text.Length == 0 ? null : text;
    }

    private static string? StripSiteSuffix(string? title)
    {
        if (title is null)
        {
            return null;
        }

        var cut = title.LastIndexOfAny(['|', '—', '–']);
        return cut > 0 ? title[..cut].Trim() : title;
    }

    private sealed record LinkedData(string? Headline, string? Publisher, string? Date, string? Url, string? Author);

    private static LinkedData? JsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } article)
                {
                    return new LinkedData(
                        Str(article, "headline"), Name(article, "publisher"), Str(article, "datePublished"),
                        Str(article, "url") ?? Str(article, "mainEntityOfPage"), Name(article, "author"));
                }
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common on real pages; the other metadata sources still apply.
            }
        }

        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select(FindArticle).FirstOrDefault(e => e is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && ArticleTypes.Contains(type.GetString()))
        {
            return element;
        }

        return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Name(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "name"),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Object ? Str(v, "name") : v.GetString()).OfType<string>()),
            _ => null,
        };
    }
}
