using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TalksBot.Ingest.Conventions;
using TalksBot.Ingest.Input;
using TalksBot.Ingest.Text;

namespace TalksBot.Ingest.Documents;

/// <summary>Takes an HTML page apart with AngleSharp: metadata from the head and JSON-LD, then the
/// article body's paragraphs without navigation, scripts, ads, share or comment widgets.</summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> NoiseWords =
        new(Lexicon.Default.Data.HtmlNoiseClassWords, StringComparer.OrdinalIgnoreCase);

    private static readonly string NoiseSelector = string.Join(", ", Lexicon.Default.Data.HtmlNoiseSelectors);

    public static SourceDocument Read(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);

        foreach (var element in document.QuerySelectorAll(NoiseSelector).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.All.Where(IsNoiseByName).ToList())
        {
            element.Remove();
        }

        var body = BodyRoot(document)
            ?? throw new IngestRefusedException("no article body found in the HTML (no <article>, <main> or block of paragraphs)");
        string? credit = null;
        var paragraphs = new List<string>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            var text = Words.CollapseSpaces(p.TextContent);
            credit ??= Boilerplate.SourceCredit(text);
            if (text.Length > 0 && !Boilerplate.IsBoilerplate(text) && text != metadata.Title)
            {
                paragraphs.Add(text);
            }
        }

        if (paragraphs.Count == 0)
        {
            throw new IngestRefusedException("no article body found in the HTML (the page has no paragraphs of report text)");
        }

        return new SourceDocument(paragraphs, metadata with { Publisher = metadata.Publisher ?? credit });
    }

    private static bool IsNoiseByName(IElement element)
    {
        if (element.LocalName is "html" or "body" or "article" or "main" || element.HasAttribute("itemprop"))
        {
            return false;
        }

        var names = $"{element.ClassName} {element.Id}";
        return names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(NoiseWords.Contains);
    }

    /// <summary>The marked-up article body if there is one, else the element whose own paragraphs hold the most text.</summary>
    private static IElement? BodyRoot(IDocument document)
    {
        var marked = document.QuerySelector("[itemprop=articleBody]")
            ?? document.QuerySelectorAll("article").OrderByDescending(ParagraphText).FirstOrDefault()
            ?? document.QuerySelector("main");
        if (marked is not null && ParagraphText(marked) > 0)
        {
            return marked;
        }

        return document.QuerySelectorAll("p")
            .Select(p => p.ParentElement)
            .OfType<IElement>()
            .Distinct()
            .Select(parent => (parent, length: parent.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Trim().Length)))
            .Where(x => x.length > 0)
            .OrderByDescending(x => x.length)
            .Select(x => x.parent)
            .FirstOrDefault();
    }

    private static int ParagraphText(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => p.TextContent.Trim().Length);
}
