namespace TalksBot.Ingest.Text;

/// <summary>One top-level quotation in a paragraph. <see cref="Close"/> is -1 when the quotation runs on
/// past the paragraph's end (the news convention for a quote spanning paragraphs: no closing mark).</summary>
internal sealed record QuoteSpan(int Open, int Close, int InnerStart, int InnerEnd)
{
    public bool RunsOn => Close < 0;

    /// <summary>Index just past the closing mark, or the paragraph's end.</summary>
    public int End => Close < 0 ? InnerEnd : Close + 1;

    public string Inner(string paragraph) => paragraph[InnerStart..InnerEnd];
}
