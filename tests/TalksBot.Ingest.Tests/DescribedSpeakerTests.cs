using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Tests;

/// <summary>Speakers and roles a sentence gives by description rather than by name, and quoted terms that are no one's
/// statement (issue 11, the families the real corpus still caught). One invented paragraph or short article each.</summary>
public sealed class DescribedSpeakerTests
{
    [Theory]
    [InlineData("The UN coordinator, Amina Reyes, said: “The queue clears by Friday”.", "Amina Reyes", "UN coordinator")]
    [InlineData("The tribunal's chief prosecutor, Ivo Halm, said: “The queue clears by Friday”.", "Ivo Halm", "tribunal's chief prosecutor")]
    [InlineData("“The queue clears by Friday,” the economist, Mara Lind, said.", "Mara Lind", "economist")]
    public void Ingest_AJobTitleBeforeTheNameInCommas_IsTheRoleOfTheNamedSpeaker(string text, string name, string role)
    {
        var speaker = Fixtures.SpeakerOf(Ingest(text), "The queue clears by Friday");

        Assert.Equal(name, speaker.Name);
        Assert.Equal(role, speaker.Role);
    }

    [Theory]
    [InlineData("According to seismologist Mara Lind, “The queue clears by Friday”.", "seismologist")]
    [InlineData("Volcanologist Mara Lind said: “The queue clears by Friday”.", "Volcanologist")]
    [InlineData("“The queue clears by Friday,” said guesthouse owner Mara Lind.", "guesthouse owner")]
    public void Ingest_AnOccupationBeforeTheName_IsTheRole(string text, string role)
    {
        var speaker = Fixtures.SpeakerOf(Ingest(text), "The queue clears by Friday");

        Assert.Equal("Mara Lind", speaker.Name);
        Assert.Equal(role, speaker.Role);
    }

    [Theory]
    [InlineData("Analyst Mara Lind, of Veldoria’s Centre for River Studies, said the sluices were “open again after the storm.”",
        "Analyst, Veldoria’s Centre for River Studies")]
    [InlineData("Analyst Mara Lind of the Veldoria-based think tank Institute for Water and River Studies said the sluices were “open again after the storm.”",
        "Analyst, Veldoria-based think tank Institute for Water and River Studies")]
    public void Ingest_WhereAPersonWithATitleIsFrom_CompletesTheRole(string text, string role)
    {
        var speaker = Fixtures.SpeakerOf(Ingest(text), "open again after the storm.");

        Assert.Equal("Mara Lind", speaker.Name);
        Assert.Equal(role, speaker.Role);
    }

    [Theory]
    [InlineData("A source close to the talks said the delegations were “very far apart on the map.”", "A source close to the talks")]
    [InlineData("A trader in Cairo said the silos held “enough for several months.”", "A trader in Cairo")]
    public void Ingest_AnUnnamedSourceDescribedByWhatTheyAre_IsTheSpeaker(string text, string speaker)
    {
        var article = Ingest(text);

        var quote = Assert.Single(article.Statements, s => s.Kind == StatementKind.DirectQuote);
        Assert.Equal(speaker, article.Actors.Single(a => a.Id == quote.Speaker).Name);
    }

    [Theory]
    [InlineData("Ivo Halm, the Veldorian state secretary travelling with the delegation, said Veldoria had “done everything that was asked of us.”",
        "Veldorian state secretary")]
    [InlineData("“We have done everything that was asked of us,” Veldorian diplomat Ivo Halm, member of the negotiating team, said.",
        "Veldorian diplomat, member of the negotiating team")]
    public void Ingest_TheRoleIsWhatThePersonIsNotWhatTheyWereDoing_AndABareTitleAfterATitledNameAddsToIt(string text, string role)
    {
        var speaker = Fixtures.SpeakerOf(Ingest(text), text.Contains("“We", StringComparison.Ordinal)
            ? "We have done everything that was asked of us" : "done everything that was asked of us.");

        Assert.Equal("Ivo Halm", speaker.Name);
        Assert.Equal(role, speaker.Role);
    }

    [Fact]
    public void Ingest_AnUnnamedSourceAfterANamedPerson_IsNotThatPerson()
    {
        var article = Ingest("Ivo Halm said the talks were “hard but useful.” A source close to the talks said they were “very far apart on the map.”");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "hard but useful.").Name);
        Assert.Equal("A source close to the talks", Fixtures.SpeakerOf(article, "very far apart on the map.").Name);
        Assert.Null(Fixtures.SpeakerOf(article, "hard but useful.").Role);
    }

    [Theory]
    [InlineData("Ivo Halm, head of training at the port authority, said the cranes were “older than the harbour itself.”", "head of training at the port authority")]
    [InlineData("Ivo Halm, director of planning for the city, said the cranes were “older than the harbour itself.”", "director of planning for the city")]
    public void Ingest_ANounEndingInIngInsideARole_StaysInTheRole(string text, string role)
    {
        Assert.Equal(role, Fixtures.SpeakerOf(Ingest(text), "older than the harbour itself.").Role);
    }

    [Fact]
    public void Ingest_AnAndJoiningTwoClauses_IsNoPartOfAName()
    {
        var article = Ingest("The talks touched on the status of Varna and Ivo Halm said the port was “not for sale at any price.”");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "not for sale at any price.").Name);
    }

    [Fact]
    public void Ingest_ARoleOpenedByIts_IsTheRoleOfTheNationNamedBefore()
    {
        var article = Ingest("Veldoria, one of the Veldorian bloc's loudest voices, kept up the pressure. Its permanent representative to the council, "
            + "Ambassador Ivo Halm, said the bloc had “already lost too many weeks.”");

        Assert.Equal("Veldoria's permanent representative to the council", Fixtures.SpeakerOf(article, "already lost too many weeks.").Role);
    }

    [Fact]
    public void Ingest_WhoAskedNotToBeNamed_IsNoClaimOfItsOwn()
    {
        var article = Ingest("Ivo Halm, who asked not to be named, said the last calls had been “long, and not always polite.”");

        var statement = Assert.Single(article.Statements);
        Assert.Equal(StatementKind.DirectQuote, statement.Kind);
        Assert.Equal("Ivo Halm", article.Actors.Single(a => a.Id == statement.Speaker).Name);
    }

    [Fact]
    public void Ingest_ARelativeClauseInsideTheAppositive_IsNoPartOfTheRole()
    {
        var article = Ingest("Ivo Halm, a deputy head of the water board who was part of the delegation, said the talks were “honest and useful.”");

        Assert.Equal("deputy head of the water board", Fixtures.SpeakerOf(article, "honest and useful.").Role);
    }

    [Fact]
    public void Ingest_AnOrganisationCalledWho_StaysInTheRole()
    {
        var article = Ingest("Ivo Halm, a spokesman for the WHO, said the clinics were “open again after the storm.”");

        Assert.Equal("spokesman for the WHO", Fixtures.SpeakerOf(article, "open again after the storm.").Role);
    }

    [Theory]
    [InlineData("Veldoria's General Ivo Halm warned the plans needed “thousands more troops at high readiness.”", "Veldoria's General")]
    [InlineData("The delegation was led by Rear Admiral Ivo Halm, who said the port “stays in our hands for good.”", "Rear Admiral")]
    public void Ingest_ARankWithNoOtherRole_IsTheRole(string text, string role)
    {
        var article = Ingest(text);

        Assert.Equal(role, article.Actors.Single(a => a.Name == "Ivo Halm").Role);
    }

    [Theory]
    [InlineData("Ivo Halm, who heads the Veldorian team at the water board, said the sluices “will open twice a week from May.”", "head of the Veldorian team at the water board")]
    [InlineData("Ivo Halm, who led the rebel delegation, said the sluices “will open twice a week from May.”", "head of the rebel delegation")]
    public void Ingest_ARelativeClauseSayingWhatThePersonHeads_IsTheRole(string text, string role)
    {
        Assert.Equal(role, Fixtures.SpeakerOf(Ingest(text), "will open twice a week from May.").Role);
    }

    [Fact]
    public void Ingest_AClauseGoingOnPastWhatThePersonHeaded_IsNoRole()
    {
        var article = Ingest("Ivo Halm, who led the team and later resigned, said the sluices “will open twice a week from May.”");

        Assert.Null(Fixtures.SpeakerOf(article, "will open twice a week from May.").Role);
    }

    [Fact]
    public void Ingest_ARankWrittenWithoutFullStops_IsNoPartOfTheName()
    {
        var article = Ingest("“The inspections never stopped,” Maj Gen Cengiz Ertugrul said.");

        Assert.Equal("Cengiz Ertugrul", Fixtures.SpeakerOf(article, "The inspections never stopped").Name);
    }

    [Fact]
    public void Ingest_ABareTitleReferringBack_IsAttributedButNotMadeAName()
    {
        var article = Ingest("“The talks were useful,” water board head Ivo Halm said.\n\n“We will meet again in May,” the head added.");

        var halm = Fixtures.SpeakerOf(article, "We will meet again in May");
        Assert.Equal("Ivo Halm", halm.Name);
        Assert.DoesNotContain("head", halm.Aliases);
    }

    [Fact]
    public void Ingest_RoleOpenedByAWordThatRanksThePerson_LeavesThatWordOut()
    {
        var article = Ingest("Ivo Halm, another top Veldorian negotiator and adviser to the water minister, said the sluices “will open twice a week from May.”");

        Assert.Equal("Veldorian negotiator and adviser to the water minister", Fixtures.SpeakerOf(article, "will open twice a week from May.").Role);
    }

    [Fact]
    public void Ingest_TitleBeforeTheNameOpenedByARankingWord_LeavesThatWordOut()
    {
        var article = Ingest("Leading Veldorian negotiator Ivo Halm said: “The sluices will open twice a week from May.”");

        var speaker = Fixtures.SpeakerOf(article, "The sluices will open twice a week from May.");
        Assert.Equal("Ivo Halm", speaker.Name);
        Assert.Equal("Veldorian negotiator", speaker.Role);
    }

    [Theory]
    [InlineData("Gen. Ivo Halm, who also serves as the harbour’s chief engineer, said the sluices would open in May.", "harbour’s chief engineer")]
    [InlineData("Gen. Ivo Halm, who is Veldoria’s water minister, said the sluices would open in May.", "Veldoria’s water minister")]
    public void Ingest_RoleInAClauseAfterTheName_IsTheRole(string introduction, string role)
    {
        var article = Ingest(introduction + "\n\n“The sluices will open twice a week from May,” Halm said.");

        Assert.Equal(role, Fixtures.SpeakerOf(article, "The sluices will open twice a week from May").Role);
    }

    [Fact]
    public void Ingest_RoleThatIsOnlyARankingWordAndATitle_KeepsTheTitle()
    {
        var article = Ingest("Ivo Halm, a senior official, said the sluices “will open twice a week from May.”");

        Assert.Equal("senior official", Fixtures.SpeakerOf(article, "will open twice a week from May.").Role);
    }

    [Fact]
    public void Ingest_GroupNamedByItsAfterANation_IsThatNationsGroupByItsDemonym()
    {
        var article = Ingest("Convoy leaves the valley\n\nOstranian farmers blocked the bridge on Monday.\n\n"
            + "In Ostrania’s morning bulletin, its army claimed the convoy was merely “a column of supply trucks heading home” and would “leave the valley by Friday”.");

        var speaker = Fixtures.SpeakerOf(article, "a column of supply trucks heading home");
        Assert.Equal("the Ostranian army", speaker.Name);
        Assert.Equal(speaker, Fixtures.SpeakerOf(article, "leave the valley by Friday"));
    }

    [Fact]
    public void Ingest_GroupNamedByItsWithNoNationBefore_KeepsItsWords()
    {
        var article = Ingest("In the morning bulletin, its army claimed the convoy was merely “a column of supply trucks heading home”.");

        Assert.Equal("its army", Fixtures.SpeakerOf(article, "a column of supply trucks heading home").Name);
    }

    [Fact]
    public void Ingest_TitleThatIsTheSubjectOfAParticiple_SpeaksAsDescribed()
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks would resume.\n\n"
            + "Ostrania’s envoy to the UN addressed the delegates on Monday, describing a “grave shortage of water in the lower valley” and called for");

        var speaker = Fixtures.SpeakerOf(article, "grave shortage of water in the lower valley");
        Assert.Equal("Ostrania’s envoy to the UN", speaker.Name);
        Assert.DoesNotContain(article.Actors, a => a.Name == "UN");
    }

    [Fact]
    public void Ingest_TitleThatIsTheSubjectOfAParticiple_IsThePersonIntroducedWithThatTitle()
    {
        var article = Ingest("Ostranian envoy Pieter Vos arrived in Geneva on Sunday.\n\n"
            + "The Ostranian envoy addressed the delegates on Monday, describing a “grave shortage of water in the lower valley”.");

        Assert.Equal("Pieter Vos", Fixtures.SpeakerOf(article, "grave shortage of water in the lower valley").Name);
    }

    [Fact]
    public void Ingest_ItPromisingInAClauseOfSomeoneElsesSentence_IsTheNationNamedBeforeIt()
    {
        var article = Ingest("Harbour talks resume\n\nVeldorian boats left the harbour.\n\n"
            + "Mayor Anna Rourke said Wednesday Veldoria stepped up shelling hours after it promised it would “pull back its guns from the river” in the region.");

        Assert.Equal("Veldoria", Fixtures.SpeakerOf(article, "pull back its guns from the river").Name);
    }

    [Fact]
    public void Ingest_ItPromisingWithNoNationBeforeIt_LeavesTheQuoteWithTheSentencesSpeaker()
    {
        var article = Ingest("Harbour talks resume\n\nVeldorian boats left the harbour on Monday, Veldoria said.\n\n"
            + "Ivo Halm said the committee met hours after it promised it would “publish the gauge readings every week” on its site.");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "publish the gauge readings every week").Name);
    }

    [Fact]
    public void Ingest_ShortTermAfterAnIndefiniteArticle_IsNotAStatement()
    {
        var article = Ingest("Grace Okafor, the mediator, said the talks were over.\n\n"
            + "Veldoria says it launched a “river protection operation” to clear the channel, and that the work is going to plan.");

        Assert.DoesNotContain(article.Statements, s => s.Quote.StartsWith("river protection", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_ShortQuoteAfterTheDefiniteArticle_IsStillAStatement()
    {
        var article = Ingest("Ivo Halm said the storm had not caused the “scale of losses” feared in May.");

        Assert.Equal("Ivo Halm", Fixtures.SpeakerOf(article, "scale of losses").Name);
    }

    [Fact]
    public void Ingest_AFormerTitleClosingAReportedClause_IsThePersonJustWrittenAbout()
    {
        var article = Ingest("Ivo Halm, the Veldorian chief negotiator, said the talks had been “useful”.\n\n"
            + "This includes a ban on night ferries and on fishing in the bay, the former Veldorian water minister said, adding that the ban would start in May.");

        var claim = Assert.Single(article.Statements, s => s.Kind == StatementKind.ReportedClaim && s.Quote.StartsWith("This includes a ban", StringComparison.Ordinal));
        var halm = article.Actors.Single(a => a.Id == claim.Speaker);
        Assert.Equal("Ivo Halm", halm.Name);
        Assert.Contains("former Veldorian water minister", halm.Aliases);
    }

    private static Article Ingest(string text) => Fixtures.IngestText(text);
}
