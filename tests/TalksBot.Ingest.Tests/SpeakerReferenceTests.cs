using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>Who a later reference names when an article's people share a surname, carry a particle or an honorific, are
/// unnamed, or are named only by their title.</summary>
public sealed class SpeakerReferenceTests
{
    [Fact]
    public void Ingest_SurnameWithALowerCaseParticle_IsOnePersonQuotedByThatSurname()
    {
        var article = Ingest("The Commission’s chief spokesperson, Pieter de Graaff, confirmed the decision.\n\n"
            + "“This is a historic moment,” de Graaff said.\n\n"
            + "Asked about reforms, the spokesperson said: “Nothing is automatic in this process.”");

        var speaker = Fixtures.SpeakerOf(article, "This is a historic moment");
        Assert.Equal("Pieter de Graaff", speaker.Name);
        Assert.Equal(speaker, Fixtures.SpeakerOf(article, "Nothing is automatic in this process."));
        Assert.Single(article.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void Ingest_TwoPeopleOfOneSurname_ABareSurnameIsTheOneMentionedLast()
    {
        var article = Ingest("Outgoing defence minister Juhani Virtanen said the day was “the end of an era”.\n\n"
            + "Kaisa Virtanen, a senior research fellow at the institute, said: “Membership is a starting point.”\n\n"
            + "Dr Virtanen, who is not related to the minister, added that the test would come “the first time the alliance asks”.");

        Assert.Equal("Kaisa Virtanen", Fixtures.SpeakerOf(article, "the first time the alliance asks").Name);
        Assert.Equal("Juhani Virtanen", Fixtures.SpeakerOf(article, "the end of an era").Name);
    }

    [Fact]
    public void Ingest_SheAfterAManNamedByHonorific_IsTheWomanIntroducedBeforeHim()
    {
        var article = Ingest("Envoys clash at the council\n\nPavel Shirokov, the Ostranian envoy, spoke first.\n\n"
            + "Carol Whitfield, the Veldorian deputy ambassador, answered Mr. Shirokov directly.\n\n"
            + "“I have heard a great deal of creativity this afternoon,” she said.");

        Assert.Equal("Carol Whitfield", Fixtures.SpeakerOf(article, "I have heard a great deal of creativity this afternoon").Name);
    }

    [Fact]
    public void Ingest_OneUnnamedAmbassador_IsNotThePersonJustNamed()
    {
        var article = Ingest("Veldoria was represented by its deputy ambassador, Carol Whitfield. "
            + "One European ambassador, who spoke on condition of anonymity, said: “The vote has changed the arithmetic.”");

        Assert.Equal("One European ambassador", Fixtures.SpeakerOf(article, "The vote has changed the arithmetic.").Name);
    }

    [Theory]
    [InlineData("A senior diplomat from one of the eastern members said the draft was ‘still too cautious’.",
        "A senior diplomat from one of the eastern members")]
    [InlineData("A senior Veldorian water ministry official, briefing reporters by phone, was more guarded.",
        "A senior Veldorian water ministry official")]
    public void Ingest_TitleAfterSomeoneUnnamed_IsThatUnnamedPersonAgain(string introduction, string speaker)
    {
        var article = Ingest("Talks end on the river\n\n" + introduction + "\n\n‘We are arguing about one word,’ the "
            + speaker.Split(' ').Last(w => w is "diplomat" or "official") + " said.");

        Assert.Equal(speaker, Fixtures.SpeakerOf(article, "We are arguing about one word").Name);
    }

    [Fact]
    public void Ingest_TitleThatNoNamedPersonHolds_SpeaksAsThatTitle()
    {
        var article = Ingest("The Ostranian president told reporters: “We will keep the corridor open.”\n\n"
            + "“Nobody should doubt it,” the president added.\n\n"
            + "The U.N. secretary-general said the deal was “a beacon of hope on the river”.");

        var president = Fixtures.SpeakerOf(article, "We will keep the corridor open.");
        Assert.Equal("Ostranian president", president.Name);
        Assert.Equal(ActorKind.Person, president.Kind);
        Assert.Equal(president, Fixtures.SpeakerOf(article, "Nobody should doubt it"));
        Assert.Equal("U.N. secretary-general", Fixtures.SpeakerOf(article, "a beacon of hope on the river").Name);
    }

    [Fact]
    public void Ingest_TwoTitlesNoNamedPersonHolds_AreTwoSpeakers()
    {
        var article = Ingest("Talks end on the river\n\n“We are ready to host both delegations in the capital,” the Ostranian president told reporters.\n\n"
            + "“We will never give up our land, whatever they offer,” the Veldorian president said.");

        Assert.Equal("Ostranian president", Fixtures.SpeakerOf(article, "We are ready to host both delegations in the capital").Name);
        Assert.Equal("Veldorian president", Fixtures.SpeakerOf(article, "We will never give up our land, whatever they offer").Name);
    }

    [Fact]
    public void Ingest_BareTitleNobodyHolds_MakesNoSpeakerOfTheTitleWord()
    {
        var article = Ingest("Talks end on the river\n\n“There is no reason for panic about the grain deal at all,” the minister said.");

        Assert.DoesNotContain(article.Actors, a => a.Name.Equals("minister", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ingest_ItVowedAfterABodySpoke_IsStillTheNationNamedBeforeIt()
    {
        var article = Ingest("Talks end on the river\n\nThe Kremlin said Veldorian troops had attacked the plant and that Veldoria had shelled it a day after it vowed "
            + "it would “respect the ceasefire in full”.");

        Assert.Equal("Veldoria", Fixtures.SpeakerOf(article, "respect the ceasefire in full").Name);
    }

    [Fact]
    public void Ingest_ATitledPersonAfterAnInstitutionName_IsThePerson()
    {
        var article = Ingest("Talks end on the river\n\nCouncil of Europe Secretary General Marija Buric said: “The river belongs to both banks.”");

        var speaker = Fixtures.SpeakerOf(article, "The river belongs to both banks.");
        Assert.Equal("Marija Buric", speaker.Name);
        Assert.Equal(ActorKind.Person, speaker.Kind);
    }

    [Fact]
    public void Ingest_PersonNamedLikeAWireService_StaysAPerson()
    {
        var article = Ingest("Talks end on the river\n\nFormer mayor Michael Bloomberg said the talks were “worth every hour we spent”.\n\n"
            + "“Nobody at that table wants war,” Bloomberg said.");

        Assert.Equal(ActorKind.Person, Fixtures.SpeakerOf(article, "Nobody at that table wants war").Kind);
    }

    [Fact]
    public void Ingest_TitleOfAnInstitutionNamedAfterTheArticle_IsATitleNotAPerson()
    {
        var article = Ingest("Talks end on the river\n\n“Aftershocks of this size may continue for a week,” said the director of the Ostranian Meteorological Agency’s earthquake division.");

        var speaker = Fixtures.SpeakerOf(article, "Aftershocks of this size may continue for a week");
        Assert.Equal("director of the Ostranian Meteorological Agency’s earthquake division", speaker.Name);
    }

    [Fact]
    public void Ingest_AppositiveSayingWhatSomeoneDoesWhere_IntroducesThePersonForLaterPronouns()
    {
        var article = Ingest("Talks end on the river\n\nSigrun Hallsdottir, a volcanologist at the University of Ostrania's Institute of Earth Sciences, "
            + "has spent two days flying over the site.\n\n“Right now the lava is flowing north and east, away from the town,” she says.");

        var speaker = Fixtures.SpeakerOf(article, "Right now the lava is flowing north and east, away from the town");
        Assert.Equal("Sigrun Hallsdottir", speaker.Name);
        Assert.Equal("volcanologist at the University of Ostrania's Institute of Earth Sciences", speaker.Role);
    }

    [Fact]
    public void Ingest_InterviewWhoseQuestionsTheOutletAsksByName_GivesTheAnswersToTheInterviewee()
    {
        var article = Fixtures.IngestText("Title here\n\nSigrun Hallsdottir, a volcanologist at the University of Ostrania, spent two days over the site.\n\n"
            + "RIVER REVIEW: Is the lava a threat to the town?\n\n"
            + "HALLSDOTTIR: “Right now the lava is flowing north and east, away from the town,” she says.\n\n"
            + "RR: When can people move back home?\n\n"
            + "HALLSDOTTIR: “Nobody should be sleeping in the town this winter.”", "River Review");

        Assert.All(article.Statements.Where(s => s.Kind == StatementKind.DirectQuote),
            s => Assert.Equal("Sigrun Hallsdottir", article.Actors.Single(a => a.Id == s.Speaker).Name));
        Assert.Contains(article.Statements, s => s.Quote.Contains("Nobody should be sleeping in the town this winter.", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_PlaceOpeningTheSentenceBeforeAnUnnamedSpeaker_IsNoPartOfTheSpeaker()
    {
        var article = Ingest("Talks end on the river\n\nIn Harbourtown, a buyer at a state-linked grain importer said the country had "
            + "“enough in the silos for several months” but expected higher prices.");

        Assert.Equal("a buyer at a state-linked grain importer", Fixtures.SpeakerOf(article, "enough in the silos for several months").Name);
    }

    [Fact]
    public void Ingest_FamilyNameFirstPersonCalledByTheFamilyName_IsOnePerson()
    {
        var article = Ingest("Talks end on the river\n\nForeign Ministry spokesperson Tian Xiaoyu told a regular briefing the decision was welcome.\n\n"
            + "“This is good for both countries and both peoples,” Tian said.");

        Assert.Equal("Tian Xiaoyu", Fixtures.SpeakerOf(article, "This is good for both countries and both peoples").Name);
    }

    [Fact]
    public void Ingest_BodyWithItsAcronymInBrackets_IsNamedInFull()
    {
        var article = Ingest("Talks end on the river\n\nThe Association of International Road Carriers in Ostrania (ZMPD) backed the protest.\n\n"
            + "Ostrania ZMPD urged the government to “take the hauliers' demands seriously before it is too late”.");

        var speaker = Fixtures.SpeakerOf(article, "take the hauliers' demands seriously before it is too late");
        Assert.Equal("Association of International Road Carriers in Ostrania", speaker.Name);
        Assert.Contains("ZMPD", speaker.Aliases);
    }

    [Fact]
    public void Ingest_PronounAfterATitleThatSpokeInNarration_IsThatTitle()
    {
        var article = Ingest("Talks end on the river\n\nThe Ostranian prime minister told reporters that troops were being flown to the peninsula.\n\n"
            + "“Every hour counts now, and saving lives comes first,” he said.");

        Assert.Equal("Ostranian prime minister", Fixtures.SpeakerOf(article, "Every hour counts now, and saving lives comes first").Name);
    }

    [Theory]
    [InlineData("The court said the policy was “unlawful because of the risk of return”.", "the court", "unlawful because of the risk of return")]
    [InlineData("The union said members would “vote on the deal within ten days”.", "the union", "vote on the deal within ten days")]
    public void Ingest_BodyNamedByItsNoun_Speaks(string text, string speaker, string quote) =>
        Assert.Equal(speaker, Fixtures.SpeakerOf(Ingest(text), quote).Name);

    [Fact]
    public void Ingest_NameClosingTheTitleAfterTheVerb_IsTheSpeakerNotAnotherHolderOfTheTitle()
    {
        var article = Ingest("“The yard of a children’s camp,” said the deputy ambassador, Iryna Melnychenko.\n\n"
            + "Veldoria was represented by its deputy ambassador, Carol Whitfield.");

        Assert.Equal("Iryna Melnychenko", Fixtures.SpeakerOf(article, "The yard of a children’s camp").Name);
    }

    [Fact]
    public void Ingest_ItSaidAfterABodySpokeInTheParagraph_IsThatBodyNotTheNationNamedLast()
    {
        var article = Ingest("Talks end on the river\n\nThe Kremlin said the founder would leave for Veldoria. "
            + "Fighters who had not taken part in the march, it said, would be offered contracts “in recognition of their service”.");

        Assert.Equal("the Kremlin", Fixtures.SpeakerOf(article, "in recognition of their service").Name);
    }

    [Fact]
    public void Ingest_BodyNamedByAnAcronymTheArticleSpellsOut_IsNamedInFull()
    {
        var article = Ingest("Talks end on the river\n\nRepresentatives of the army and the paramilitary Rapid Support Forces signed a declaration.\n\n"
            + "The RSF called the declaration “an important step towards ending the suffering”.");

        var speaker = Fixtures.SpeakerOf(article, "an important step towards ending the suffering");
        Assert.Equal("Rapid Support Forces", speaker.Name);
        Assert.Contains("RSF", speaker.Aliases);
    }

    [Fact]
    public void Ingest_QuoteHangingOnAVerbCoordinatedWithAnInnerVerbOfSaying_IsTheOuterSpeakers()
    {
        var article = Ingest("Talks end on the river\n\nForeign Ministry spokesperson Selin Aydin spoke first.\n\n"
            + "Aydin insisted that Ankara had proposed corridors from the port and would \"work on this day and night, not only at the level of ministers.\"");

        Assert.Equal("Selin Aydin", Fixtures.SpeakerOf(article, "work on this day and night, not only at the level of ministers.").Name);
    }

    [Fact]
    public void Ingest_AgeInCommasAfterTheName_IsNoPartOfTheSpeaker()
    {
        var article = Ingest("Talks end on the river\n\nIrina Zhukova, 47, who runs a flower stall near the headquarters, said: “Yesterday there was a tank outside my stall.”");

        Assert.Equal("Irina Zhukova", Fixtures.SpeakerOf(article, "Yesterday there was a tank outside my stall.").Name);
    }

    [Fact]
    public void Ingest_PressServiceWithAnInsertedChannel_Speaks()
    {
        var article = Ingest("Talks end on the river\n\nThe group’s own press service, in an audio message distributed on Telegram, said the columns were "
            + "turning back “to avoid the spilling of blood on the river”.");

        var statement = article.Statements.Single(s => s.Quote == "to avoid the spilling of blood on the river");
        Assert.Contains("press service", article.Actors.Single(a => a.Id == statement.Speaker).Name, StringComparison.Ordinal);
        Assert.Equal("Telegram", article.Actors.Single(a => a.Id == statement.Via).Name);
    }

    [Fact]
    public void Ingest_QuoteOnItsOwnAfterAParagraphWhereSomeoneSpeaks_IsTheirsNotTheSpeakerQuotedFurtherBack()
    {
        var article = Ingest("Talks end on the river\n\nA ministry spokesperson said Veldoria was “monitoring the situation closely”.\n\n"
            + "Dr Helen Marsh, a specialist at the institute, has followed the group for years.\n\n"
            + "Dr Marsh warned that the deal was unlikely to be the final word.\n\n"
            + "“These arrangements tend to last exactly as long as both sides are too weak to break them.”");

        Assert.Equal("Helen Marsh", Fixtures.SpeakerOf(article, "These arrangements tend to last exactly as long as both sides are too weak to break them.").Name);
    }

    [Fact]
    public void Ingest_VerbOfSayingBeforeAnotherSubject_NeverJoinsTheSpeakersName()
    {
        var article = Ingest("The press service said the two sides had agreed on “an acceptable option for everyone”.");

        Assert.DoesNotContain(article.Actors, a => a.Name.Contains("said", StringComparison.Ordinal));
    }

    private static Article Ingest(string text) => Fixtures.IngestText(text);
}
