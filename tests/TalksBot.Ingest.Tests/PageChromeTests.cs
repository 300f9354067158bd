namespace TalksBot.Ingest.Tests;

/// <summary>Page furniture that real excerpts carry, in invented lines of the same shapes, never becomes a paragraph.</summary>
public sealed class PageChromeTests
{
    private const string Body = "Ostrania and Veldoria agreed on Tuesday to meet again next week, the mediator said.";

    [Theory]
    [InlineData("OSTX 0.35% 24.87 $")]
    [InlineData("Settings")]
    [InlineData("Font Size")]
    [InlineData("Adjust the reading mode to suit your reading needs.")]
    [InlineData("Text size:")]
    [InlineData("Register now for FREE unlimited access to")]
    [InlineData("Press play to listen to this article")]
    [InlineData("Support Us")]
    [InlineData("All news")]
    [InlineData("Also read: Dam talks stall over summer flows")]
    [InlineData("Share this article")]
    [InlineData("What the dam means for farmers 2:14")]
    [InlineData("Ostrania Veldoria dam talks")]
    [InlineData("- Published Date: 10:00 | 12 April 2022")]
    [InlineData("- Agencies and Courier")]
    [InlineData("Delegates arrive at the palace in Geneva on April 11 | Photo by A. Lens | License Photo")]
    [InlineData("Handshake at the palace pic.twitter.com/abc123 — Dam Watch (@damwatch) April 12, 2022")]
    [InlineData("- letters@courier.example")]
    [InlineData("https://courier.example/dam-talks")]
    [InlineData("DISCLAIMER: The views expressed are the writer's own.")]
    [InlineData("Reader Settings")]
    [InlineData("A- A A+")]
    [InlineData("Theme: Light | Dark")]
    [InlineData("OATS 3.12 +1.05% | RYE 4.40 -0.20% | USD/OST 1.07 +0.01%")]
    [InlineData("Markets / Commodities")]
    [InlineData("Topics: Dams, Ostrania, Veldoria")]
    [InlineData("Share: Facebook | X | LinkedIn | Copy link")]
    [InlineData("Share this article Facebook Twitter WhatsApp")]
    [InlineData("Harbourtown at dusk on Saturday, as the delegations met at a hotel on the shore. Photo: Dam Courier / Ana Bell")]
    [InlineData("Rescuers stand on the dam near the mayor’s office on Sunday. Photo: Ivo Halm / Dam Courier")]
    [InlineData("Written by Ivo Halm")]
    public void Ingest_ChromeLine_IsDropped(string chrome)
    {
        var article = Ingest($"Dam talks to resume\n\n{chrome}\n\n{Body}");

        Assert.Equal([Body], article.Paragraphs);
    }

    [Fact]
    public void Ingest_BareLinksAndASectionLabelAboveTheHeadline_AreNotTheHeadline()
    {
        const string links = "https://courier.example/dam-talks-to-resume-%ef%bf%bc/-------https://courier.example/dam-talks-to-resume-%ef%bf%bc/";
        var article = Ingest($"{links}\nInternational\n\nDam talks to resume\n\n{Body}");

        Assert.Equal("Dam talks to resume", article.Title);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("World › Europe › Ostrania")]
    [InlineData("Home | News | Europe")]
    [InlineData("FEATURE | OSTRANIA")]
    [InlineData("Courier News in English")]
    [InlineData("Ostrania Courier | English edition\nPolitics » Diplomacy")]
    [InlineData("Home › Science and Environment")]
    public void Ingest_SectionPathOrEditionLineAboveTheHeadline_IsNotTheHeadline(string header)
    {
        var article = Ingest($"{header}\n\nDam talks to resume\n\n{Body}");

        Assert.Equal("Dam talks to resume", article.Title);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Fact]
    public void Ingest_ADottedDateAndAnAuthorLineUnderTheHeadline_AreTheDateAndByline()
    {
        var article = Ingest($"Dam talks to resume\n\n19.03.2023 01:12\nAuthor: Elena Roth\n\n{Body}");

        Assert.Equal(new DateOnly(2023, 3, 19), article.Date);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("Talks resume without Kyiv / Live")]
    [InlineData("Kyiv says no / Moscow says yes")]
    [InlineData("Zelensky speaks to Congress in English")]
    [InlineData("Written by Moscow: the peace plan Kyiv cannot accept")]
    public void Ingest_AHeadlineShapedLikeChrome_StaysTheHeadline(string headline) =>
        Assert.Equal(headline, Ingest($"{headline}\n\n{Body}").Title);

    [Fact]
    public void Ingest_AParagraphOfReportedSpeechEndingInAPhotoCredit_IsKept()
    {
        const string paragraph = "Mayor Ana Kos said the town would need ‘months, not weeks’ to recover and promised to rebuild every home. Photo: Dam Courier";
        Assert.Contains(paragraph, Ingest($"Dam talks to resume\n\n{paragraph}\n\n{Body}").Paragraphs);
    }

    [Fact]
    public void Ingest_TheFirstDateOfALine_IsTheDate() =>
        Assert.Equal(new DateOnly(2023, 3, 18), Ingest($"Dam talks to resume\n\nPublished 2023-03-18, updated 19.03.2023\n\n{Body}").Date);

    [Fact]
    public void Ingest_SectionPathOnTheHeadlinesLine_IsLeftOutOfTheHeadline()
    {
        var article = Ingest($"Home > Diplomacy > Dam talks to resume, but \"no deal yet\"\n\n{Body}");

        Assert.Equal("Dam talks to resume, but \"no deal yet\"", article.Title);
    }

    [Fact]
    public void Ingest_HeadlineWithOneBarBetweenLongerParts_StaysWhole()
    {
        var article = Ingest($"Dam talks resume without Veldoria | Live coverage\n\n{Body}");

        Assert.Equal("Dam talks resume without Veldoria | Live coverage", article.Title);
    }

    [Fact]
    public void Ingest_ReaderSettingsAndATickerAboveTheHeadline_AreNotTheHeadline()
    {
        var article = Ingest($"OATS 3.12 +1.05% | RYE 4.40 -0.20%\n\nReader Settings\nFont Size\nA- A A+\nTheme: Light | Dark\n\nDam talks to resume\n\n{Body}");

        Assert.Equal("Dam talks to resume", article.Title);
        Assert.Equal([Body], article.Paragraphs);
    }

    [Fact]
    public void Ingest_HeadlineAndLeadPrintedTwice_KeepsThemOnce()
    {
        var article = Ingest("Settings\n\nDam talks to resume\n\n“We are close,” the mediator said on Tuesday.\n\nDam talks to resume\n\n\"We are close,\" the mediator said on Tuesday.\n\n" + Body);

        Assert.Equal("Dam talks to resume", article.Title);
        Assert.Equal(["“We are close,” the mediator said on Tuesday.", Body], article.Paragraphs);
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("No.")]
    [InlineData("Theme: the summit's theme was resilience, the host said.")]
    [InlineData("Share email addresses with the ministry, he said.")]
    public void Ingest_AShortOrdinaryLineLikeChrome_IsKept(string line)
    {
        var article = Ingest($"Dam talks to resume\n\n{Body}\n\n{line}");

        Assert.Contains(line, article.Paragraphs);
    }

    [Fact]
    public void Ingest_PitchPhraseInsideAQuote_KeepsTheParagraph()
    {
        const string quoted = "Halm said Veldoria “does not want Ostrania to become a member of the river council.”";

        var article = Ingest($"Dam talks to resume\n\n{Body}\n\n{quoted}");

        Assert.Contains(quoted, article.Paragraphs);
    }

    [Fact]
    public void Ingest_BulletsInABlockOfLongLines_AreParagraphsOfTheirOwn()
    {
        var article = Ingest("Dam talks to resume\n\n"
            + "• Grace Okafor said the talks had been “long but honest” and would go on through the week.\n"
            + "• Ivo Halm said the numbers “still do not add up” for the farmers on the lower river.");

        Assert.Equal(2, article.Paragraphs.Count);
    }

    private static Core.Knowledge.Article Ingest(string text) => Fixtures.IngestText(text, "Northern Courier");
}
