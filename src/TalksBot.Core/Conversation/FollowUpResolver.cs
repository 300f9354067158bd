using System.Text.RegularExpressions;
using TalksBot.Core.Knowledge;
using static TalksBot.Core.Conversation.FollowUpShape;

namespace TalksBot.Core.Conversation;

/// <summary>Rewrites a follow-up ("what about Crimea?", "and the Pentagon?", "why?", "what did he say
/// next") into a standalone question from the speaker and topic of the conversation's last turns.
/// A message that names both its own speaker and its own topic is never changed, and whatever a
/// message names itself is kept. Only general English patterns; names come from the data.</summary>
public sealed class FollowUpResolver(IKnowledgeSource knowledge)
{
    private static readonly HashSet<string> PersonPronouns = ["he", "she", "him", "her", "his", "hers", "hes", "shes"];
    private static readonly HashSet<string> PartyPronouns = ["they", "them", "their", "theirs", "theyre"];
    private static readonly HashSet<string> TopicPronouns = ["that", "it", "this", "those", "these", "there"];

    /// <summary>Words of "who said it first" that ask for the statement's source, not a topic.</summary>
    private static readonly HashSet<string> FirstHandWords = ["first", "originally", "initially", "exactly"];

    /// <summary>Nouns for someone's answer to what was said ("and the Kremlin's reaction?", "Kyiv's response to that").</summary>
    private static readonly HashSet<string> ReactionNouns =
        ["reaction", "reactions", "response", "responses", "reply", "answer", "take", "view", "views", "opinion", "stance", "position", "verdict", "comment", "comments", "return"];

    /// <summary>"what did Podolyak say in return", "in response": the named speaker answering the last statement.</summary>
    private static readonly HashSet<string> InReturnWords = ["return", "response", "reply"];

    /// <summary>Words that open a question inside a yes/no one ("did Reuters say whether …", "did they say how …").</summary>
    private static readonly HashSet<string> EmbeddedQuestionWords = ["whether", "how", "if"];

    public ResolvedQuestion Resolve(string text, IReadOnlyList<ConversationTurn> history)
    {
        var lastShown = StatementQuestions.LastShowing(history);
        if (lastShown >= 0 && lastShown < history.Count - 1 && StatementQuestions.AsksOnlyItsProvenance(MessageReading.Read(knowledge.Current.Index, text)))
        {
            // "which outlet ran that" after a declined turn: "that" is the last statement shown.
            return Resolve(text, [.. history.Take(lastShown + 1)]);
        }

        // The topic is the last turn's own: an older one would be a guess.
        var speakerTurn = history.LastOrDefault(t => t.Speaker is not null);
        var topicTurn = history.Count > 0 && history[^1].Topic.Length > 0 ? history[^1] : null;
        if (speakerTurn is null && topicTurn is null)
        {
            return Alone(text);
        }

        var index = knowledge.Current.Index;
        var own = MessageReading.Read(index, text);
        // "who said they won't read into it": the pronouns are the words looked for, not the last speaker.
        var asksWhoSaid = own.QuestionWord == "who" && own.Tokens.Count > 3 && index.SpeechVerbs.Contains(own.Tokens[1].Word);
        var pronoun = asksWhoSaid ? null : SpeakerPronoun(own, speakerTurn, history, index);
        if (pronoun is { Possessive: false } reported && SaysOfTheOneNamedAfter(own, reported.Start, index) && IsOutlet(index, own.Speaker))
        {
            // "what did the NYT report he said": his words as that outlet carried them.
            return new ResolvedQuestion($"what did {reported.Name} say in {own.Speaker}", true, ContinuationKind.None);
        }

        if (pronoun is { Possessive: false } p && (own.Tokens is [var first, var second, ..] && IsAuxiliary(first.Word) && second.Start == p.Start
                || SaysOfTheOneNamedAfter(own, p.Start, index))
            && index.Actors.Values.Any(a => string.Equals(a.Name, own.Speaker, StringComparison.OrdinalIgnoreCase)))
        {
            // "did he trust the Russian promise", "what did he say Medinsky would do": "he" is the one asked about, Russia or
            // Medinsky (a quoted actor) only mentioned; a name the data lacks ("did he meet Putin") keeps the message declined.
            own = own with { Speaker = null };
        }

        var speaker = speakerTurn?.Speaker;
        var topic = topicTurn?.Topic ?? "";
        var continuation = ContinuationOf(own, speaker, index.SpeechVerbs);
        var continues = continuation != ContinuationKind.None;
        if (lastShown >= 0 && !continues && AtRelativeOccasion(text, own, pronoun?.Name, history, history[lastShown].Shown[0]) is { } then)
        {
            return then;
        }

        if (!continues && (history[^1].Shown.FirstOrDefault()?.Speaker ?? speaker) is { } shownSpeaker && AsksForMore(text, shownSpeaker))
        {
            // "more" with no page left of the last answer: more of whom it quoted first, leaving out what was shown.
            return new ResolvedQuestion($"what did {shownSpeaker} say", true, ContinuationKind.Else);
        }

        if (continuation == ContinuationKind.Previous && (history[^1].Shown.FirstOrDefault()?.Speaker ?? speaker) is { } earlier)
        {
            // "what did he say right before that": all of the last speaker's statements, those before the last one first.
            return new ResolvedQuestion($"what did {earlier} say", true, ContinuationKind.Previous);
        }

        // "what did Medinsky call them": with a speaker named, "them" is what was talked about.
        var pointsAtTopic = own.PointsBack(TopicPronouns) || (own.Speaker is not null && own.HasWord(PartyPronouns));
        var elliptical = IsElliptical(own);
        if (Correction(text, own) is { } corrected && MessageReading.Read(index, corrected) is var meant)
        {
            // "no i meant the russian head of delegation": the last question about the one now named; "i meant Crimea":
            // the last speaker on that.
            var question = meant.Speaker is not null ? $"what did {corrected} say{AboutPhrase(meant.NamesTopic ? "" : topic)}"
                : speaker is not null ? $"what did {speaker} say about {corrected}" : null;
            if (question is not null)
            {
                return new ResolvedQuestion(question, true, ContinuationKind.None);
            }
        }

        // "ok got it" is small talk whatever its "it"; "thanks, and why was that?" asks something.
        if ((own.IsSmallTalk && ((pronoun is null && !pointsAtTopic) || !AsksSomething(text, own))) || AsksBeyond(own))
        {
            return ResolvedQuestion.Standalone(text);
        }

        var asked = own.AfterOpening(OpeningCues).Select(t => t.Word).ToList();
        if (history[^1].Shown.Count > 0 && Parties.MemberGoneOnWith(own, index, history[^1].Shown[0].Speaker) is { } member)
        {
            // "so what does Russia want then" after Lavrov: Russia as he put it.
            var named = Regex.Replace(text, $@"\b{Regex.Escape(own.Speaker!)}\b", member, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            return new ResolvedQuestion(named, true, ContinuationKind.None) { PronounSpeaker = member };
        }

        if (history[^1].Shown.Count > 0 && (own.Speaker is null || own.Speaker == own.Source) && StatementVerification.Asks(own))
        {
            // "is that confirmed?", "did the BBC confirm it": whether the last statement's article says it was checked.
            return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Verification);
        }

        if (history[^1].Shown.Count > 0 && own.Speaker is null && AsksWhatItAnswers(own))
        {
            return new ResolvedQuestion($"who said anything{AboutPhrase(topic)}", true, ContinuationKind.RespondingTo);
        }

        if (history[^1].Shown.Count > 0 && own.Speaker is null && AsksWhoDisputed(own))
        {
            return new ResolvedQuestion($"who said anything{AboutPhrase(topic)}", true, ContinuationKind.Disputes);
        }

        if (history[^1].Shown.Count > 0 && own.Speaker is null && AsksWhoAnswered(own))
        {
            return new ResolvedQuestion($"who said anything{AboutPhrase(topic)}", true, ContinuationKind.Responses);
        }

        if (history[^1].Shown.Count > 0 && own.Speaker is null && AsksTheOtherSide(own) && Parties.OtherSide(index, history[^1].Shown[0]) is { } otherSide)
        {
            // "what did the other side say" after a Russian negotiator: the Ukrainians on the same statement.
            return new ResolvedQuestion($"what did the other side say{AboutPhrase(topic)}", true, ContinuationKind.None) { Party = otherSide };
        }

        if (history[^1].Shown.Count > 0 && StatementQuestions.NamesItAmongTwo(own, index, history[^1].Shown[0].Speaker))
        {
            // "was that kirby or biden": the last statement's provenance answers it.
            return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Same);
        }

        if (history[^1].Shown.Count > 0 && Parties.PeopleOfGroup(index, asked, history[^1].Shown[0].Speaker) is { } people)
        {
            // "which officials" after "U.S. officials were skeptical …": the people of that side on the same statement.
            return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.None) { Party = people };
        }

        if (history[^1].Shown.Count > 0 && OtherAccounts.Of(own, history[^1].Shown[0].Speaker) is { } other)
        {
            // "who else said that?" asks about the last topic without its speaker; "in the other outlet?" about the same statement.
            var question = other == ContinuationKind.Others ? $"who said anything{AboutPhrase(topic)}" : history[^1].Question;
            return new ResolvedQuestion(question, true, other);
        }

        if (history[^1].Shown.Count > 0 && !continues
            && (elliptical || pointsAtTopic || own.HasWord(MessageReading.AgreementWords) || own.HasWord(index.ReactionVerbs) || own.HasWord(ReactionNouns))
            && Parties.Named(index, own) is { } party)
        {
            // "did the russians agree?", "and the americans?" with no such speaker in the data: that side on the last statement.
            return new ResolvedQuestion($"what did {own.Topic} say{AboutPhrase(topic)}", true, ContinuationKind.None)
            {
                Party = party, PartyVoices = Parties.VoicesOf(index, party, own.Topic),
            };
        }

        if (pronoun is null && !continues && own.Topic.Length > 0 && history[^1].Shown.Count > 0 && !IsPerson(index, own.Speaker)
            && (elliptical || own.Tokens.Any(t => index.SpeechVerbs.Contains(t.Word)))
            && DescribedInStory.Find(index, $"{own.Speaker} {own.Topic}", history[^1].Shown[0]) is { } described)
        {
            // "and the ukrainian admiral?" after the Turkish spokesman: the one the same story quotes as that, on the same matter.
            return new ResolvedQuestion(About(described.Name, topic, own), true, ContinuationKind.None, described.Name);
        }

        if (history[^1].Shown.Count > 0 && elliptical && !continues && pronoun is null && Parties.NamedWithTopic(index, own) is { } side)
        {
            return new ResolvedQuestion($"what did {side.Word} say about {side.Topic}", true, ContinuationKind.None) { Party = side.Members, PartyOnItsTopic = true };
        }

        if (ReportOfKeptSpeaker(own, speaker, index) is { } source && pronoun is null && !continues && (elliptical || pointsAtTopic))
        {
            // "and in the Indian Express version", "what did the Guardian say about it": that outlet's report of the last speaker.
            var about = own.HasKnownTopic ? own.Topic : topic;
            return new ResolvedQuestion($"what did {speaker} say{AboutPhrase(about)} in {source}", true, ContinuationKind.None);
        }

        if (own.Speaker is null && !continues && history[^1].Shown.Count > 0)
        {
            // One word of its own at most: "who said that originally", "which outlet carried that", "which outlet quoted him".
            // "date?", "who said it first": a word about the statement is no topic of its own, even when the coverage holds it.
            if (StatementQuestions.Resolve(own, asked, index, history[^1].Question) is { } aboutTheStatement)
            {
                return aboutTheStatement;
            }

            if (AsksOnlyHowMany(own) && Query.Numbers.Mentions(history[^1].Shown[0].Quote, precisely: own.HasWord(Query.QuestionParser.PrecisionWords)))
            {
                // "how many?" after "we think so, small numbers": the amount is in the statement shown.
                return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Same);
            }

            if (BareQuestionWord(own) == "when" && StatementQuestions.TimeAhead(index, history[^1].Shown[0]) is { } times)
            {
                return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Statement) { Cues = times };
            }

            var topicWords = own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstHand = own.QuestionWord == "who" && pointsAtTopic && topicWords.Length > 0 && topicWords.All(w => FirstHandWords.Contains(w.ToLowerInvariant()));
            if ((!own.HasKnownTopic || own.Topic.Length == 0 || firstHand) && topicWords.Length <= 1
                && ((own.HasWord(MessageReading.StatementWords) && (pointsAtTopic || pronoun is not null || own.AfterOpening(OpeningCues).Count <= 4))
                    || AsksWhoSaidIt(own, pointsAtTopic, pronoun is not null) || BareQuestionWord(own) == "when"))
            {
                return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Same);
            }

            if (StatementCues.Of(own, index, pronoun is not null || pointsAtTopic) is { } cues)
            {
                return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Statement) { Cues = cues };
            }

            if (!elliptical && !own.NamesTopic && own.QuestionWord is "what" or "which" && StatementThread.Holding(history[^1].Shown, own.Topic) is { } detail)
            {
                // "what are the two steps" after "we are taking two steps": that statement, then what its speaker said next.
                return new ResolvedQuestion(history[^1].Question, true, ContinuationKind.Statement) { Statement = detail };
            }
        }

        if (own.Speaker is { } opening && own.Topic.Length > 0 && elliptical && own.NamesTopic && OpensWithSpeakerOn(own))
        {
            // "and the russians about the talks?": that speaker on the topic it names, whatever the last statement was about.
            return new ResolvedQuestion(About(opening, own.Topic, own), true, ContinuationKind.None, opening) { OwnTopicFirst = true };
        }

        string? rewritten = (own.Speaker, own.Topic.Length > 0) switch
        {
            // "and the Kremlin's reaction?": a reaction is no topic of its own when the message points back.
            ({ } named, true) when (elliptical || pointsAtTopic || own.HasWord(InReturnWords)) && OnlyReaction(own) => About(named, topic, own),
            // Named speaker and topic: the message stands on its own.
            ({ }, true) => null,
            // "what did the russian side say": a side answering on the matter talked about.
            ({ } named, false) when elliptical || pointsAtTopic || continues || own.HasWord(MessageReading.AgreementWords) || Parties.NamesASide(own)
                => About(named, topic, own),
            (null, true) when pronoun is not null => Continue(Replace(text, pronoun.Value), PointsPastSpeaker(own, pronoun.Value) ? topic : ""),
            (null, true) when elliptical && own.HasKnownTopic && speaker is not null => About(speaker, own.Topic, own),
            (null, false) when own.QuestionWord == "who" && topic.Length > 0 && pronoun is null && (pointsAtTopic || continues) => $"who said anything{AboutPhrase(topic)}",
            (null, false) when speaker is not null && BareQuestionWord(own) is { } word => $"{word} did {speaker} say that{AboutPhrase(topic)}",
            (null, false) when pronoun is not null => Continue(Replace(text, pronoun.Value), pointsAtTopic ? topic : ""),
            (null, false) when speaker is not null && continues => About(speaker, "", own),
            (null, false) when pointsAtTopic && topic.Length > 0 => Continue(text, topic),
            _ => null,
        };

        if (rewritten is null && own is { Speaker: null, NamesTopic: true } && pronoun is null && !own.HasWord(PartyPronouns) && !own.HasWord(PersonPronouns) && !continues && !elliptical
            && own.QuestionWord is not (null or "who")
            && speakerTurn is { SpeakerIsPerson: true } && history[^1].Shown.Count > 0
            && !own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Parties.NamesACountry(index, w)))
        {
            // "what was hit in Nizhyn" after the mayor: his words on it when he has any, else the question alone. Not when it
            // names a side ("what did the Norlanders say about the ferries"): that side speaks.
            return Alone(text) with { KeptSpeaker = speaker, KeptSpeakerQuestion = About(speaker!, own.Topic, own) };
        }

        return rewritten is null ? Alone(text)
            : new ResolvedQuestion(continues ? WithoutContinuationWords(rewritten) : rewritten, true, continuation, own.Speaker)
            {
                PronounSpeaker = own.Speaker is null && !continues ? pronoun?.Name : null,
                ThreadWords = own is { Speaker: null, HasKnownTopic: true } && elliptical && pronoun is null
                    ? own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [],
                Party = own.Speaker is { } government && Parties.OfGovernment(index, government) is { } members ? members : new HashSet<string>(),
                SameStory = continuation == ContinuationKind.Else && PointsAtOccasion(own),
            };
    }

    /// <summary>"how many troops exactly", "and what % would need to vote", "did ABC say how the pledge would be verified": a
    /// question for a detail answered only by a statement the conversation showed already, which holds none of the question's
    /// own words (it asks no outlet or date; a topic of the data it names comes with another word of its own or an embedded
    /// question; a speaker it names is not the one repeated). Repeating it would look like an answer.</summary>
    public bool OnlyRepeats(string text, Query.Answer answer, IReadOnlyList<ConversationTurn> history)
    {
        if (answer.Citations is not [var top, ..] || !history.Any(t => t.Shown.Contains(top)))
        {
            return false;
        }

        var own = MessageReading.Read(knowledge.Current.Index, text);
        var opening = own.AfterOpening(OpeningCues);
        if (opening.Count > 2 && IsAuxiliary(opening[0].Word) && AsksWhetherAReasonWasGiven(opening, knowledge.Current.Index.SpeechVerbs)
            && (own.Speaker is null || Same(own.Speaker, top.Speaker)) && !StatementCues.GivesAReason(top.Quote))
        {
            // "did he explain why they're reprioritizing": a statement giving no reason does not say why.
            return true;
        }

        var embedded = own.HasWord(EmbeddedQuestionWords);
        var asksDetail = (opening.Count > 0 && opening[0].Word is "how" or "what" or "which" or "whats") || embedded;
        var otherSpeaker = own.Speaker is not null && !string.Equals(own.Speaker, top.Speaker, StringComparison.OrdinalIgnoreCase);
        var words = own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToList();
        var ownWords = words.Count > 0 && (!own.NamesTopic || words.Count >= 2 || embedded);
        // Whether another speaker said something the repeated statement only touches: a word of its own that it lacks.
        var asksOtherWhether = otherSpeaker && embedded && (words.Count == 0 || words.Any(w => w.Length >= 4 && !StatementThread.Holds(top.Quote, w)));
        return asksDetail && !own.IsSmallTalk && !IsElliptical(own) && !own.HasWord(MessageReading.StatementWords)
            && (asksOtherWhether || (own.Speaker is null && ownWords && !StatementThread.Answers(knowledge.Current.Index.Vocabulary, text, top.Quote, words)));
    }

    /// <summary>"so Russia is fine with it?", "did Russia agree to that" after a statement saying what Russia would do: a yes/no
    /// question (no question word) pointing back at the last statement about an actor that statement mentions (not its speaker).</summary>
    public bool AsksAboutMentioned(string text, Query.Citation last)
    {
        var own = MessageReading.Read(knowledge.Current.Index, text);
        var opening = own.AfterOpening(OpeningCues);
        return own.Speaker is { } actor && !Same(actor, last.Speaker) && opening.Count > 0 && !MessageReading.IsQuestionWord(opening[0].Word)
            && own.PointsBack(TopicPronouns) && actor.Split(' ').Any(w => w.Length >= 4 && StatementThread.Holds(last.Quote, w));
    }

    /// <summary>A message read on its own, as it would be outside any conversation: "what else did Medinsky say"
    /// (a speaker of its own and nothing else to continue) asks what Medinsky said.</summary>
    public ResolvedQuestion Alone(string text)
    {
        var own = MessageReading.Read(knowledge.Current.Index, text);
        return own is { Speaker: not null, Topic.Length: 0 } && own.HasWord(MessageReading.ContinuationWords) && !AsksBeyond(own)
            ? ResolvedQuestion.Standalone(WithoutContinuationWords(text))
            : ResolvedQuestion.Standalone(text);
    }

    /// <summary>"what did Biden say the same day", "and Podolyak in the same piece?": that speaker then or there, a speaker
    /// described ("what did the Kremlin say a day later") likewise; "and the day before?" the one shown last; "who responded to
    /// that a few hours later" who answered it. Null when the message has no such phrase, asks when or whether something was
    /// confirmed, or asks who did anything else then.</summary>
    private ResolvedQuestion? AtRelativeOccasion(string text, MessageReading own, string? pronounName, IReadOnlyList<ConversationTurn> history, Query.Citation shown)
    {
        var index = knowledge.Current.Index;
        if (own.QuestionWord == "when" || StatementVerification.Asks(own) || RelativeOccasion.Find(own) is not { } occasion
            || occasion.Where(shown, index) is not { } where)
        {
            return null;
        }

        var rest = occasion.Without(text);
        var restReading = MessageReading.Read(index, rest);
        if (restReading is { Speaker: null, QuestionWord: "who" } && pronounName is null)
        {
            return AsksWhoAnswered(restReading) ? Resolve(rest, history) : null;
        }

        var question = (restReading.Speaker ?? pronounName) is { } named ? $"what did {named} say{AboutPhrase(restReading.Topic)}{where}"
            : restReading.Topic.Length > 0 && restReading.HasWord(index.SpeechVerbs) ? rest + where
            : IsElliptical(own) ? $"what did {shown.Speaker} say{where}"
            : null;
        return question is null ? null : new ResolvedQuestion(question, true, ContinuationKind.None);
    }

    /// <summary>"how long?" that the coverage cannot answer alone, asked about the last topic: the
    /// message as written, widened with the conversation's topic (it keeps every word of its own).</summary>
    public string? Widen(string text, IReadOnlyList<ConversationTurn> history)
    {
        if (history.Count == 0 || history[^1].Topic.Length == 0)
        {
            return null;
        }

        // Only a few words with one of its own: a longer question ("who won the league") is its own.
        var own = MessageReading.Read(knowledge.Current.Index, text);
        // Its one word is the coverage's, or part of the question's "how long", "how soon": "who were the victims" is not
        // asked about the city centre by dropping "victims".
        var words = own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var asksHow = words.Length == 1 && own.Tokens.Zip(own.Tokens.Skip(1)).Any(p => p.First.Word == "how" && p.Second.Word == words[0].ToLowerInvariant());
        return own is { IsSmallTalk: false, Speaker: null, QuestionWord: not null } && (own.HasKnownTopic || asksHow) && !AsksBeyond(own)
            && own.AfterOpening(OpeningCues).Count <= 4 && words.Length == 1
            ? text + AboutPhrase(history[^1].Topic) : null;
    }

    /// <summary>"what did John Kirby say next" asks the engine "what did John Kirby say"; the router skips what was shown.</summary>
    private static string WithoutContinuationWords(string question) =>
        string.Join(' ', question.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !MessageReading.ContinuationWords.Contains(w.Trim('?', '.', '!', ',').ToLowerInvariant())));

    /// <summary>The turn to remember for a question the engine was asked, and the citations it showed; none for small
    /// talk ("thanks", "lol ok"), so that "why?" after it still asks about the answer before.</summary>
    public ConversationTurn? TurnOf(string question, IReadOnlyList<Query.Citation> shown, string? moreCommand)
    {
        var index = knowledge.Current.Index;
        var reading = MessageReading.Read(index, question);
        if (reading.IsSmallTalk && shown.Count == 0)
        {
            return null;
        }

        // "who said Russia always lies": whoever the answer quotes is the one the next message may call "he", not Russia.
        var named = reading.QuestionWord == "who" && shown.Count > 0 ? null : reading.Speaker;
        var speaker = named ?? shown.FirstOrDefault()?.Speaker;
        var isPerson = named is not null ? reading.SpeakerIsPerson : speaker is not null && MessageReading.IsPerson(index, speaker);
        return new ConversationTurn(question, speaker, isPerson, reading.Topic, shown, moreCommand);
    }

    /// <summary>The outlet or publisher a message names as its only actor, when the last speaker is someone else and no
    /// outlet: whose report of that speaker it asks for.</summary>
    private static string? ReportOfKeptSpeaker(MessageReading own, string? speaker, Index.KnowledgeIndex index) =>
        own.Source is { } source && speaker is not null && (own.Speaker is null || Same(own.Speaker, source)) && !Same(speaker, source)
        && !index.Actors.Values.Any(a => Same(a.Name, speaker) && a.Actor.Kind == Knowledge.ActorKind.Outlet)
            ? source : null;

    /// <summary>"did he explain why …", "did she say why …": "why" right after a verb of saying or explaining ("is that why
    /// Russia pulled back" asks something else).</summary>
    private static bool AsksWhetherAReasonWasGiven(IReadOnlyList<Text.TextToken> words, IReadOnlySet<string> speechVerbs) =>
        Enumerable.Range(1, words.Count - 1).Any(i => words[i].Word == "why"
            && (speechVerbs.Contains(words[i - 1].Word) || words[i - 1].Word is "explain" or "explained" or "explains"));

    private static bool OnlyReaction(MessageReading own) =>
        own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words.All(w => ReactionNouns.Contains(w.ToLowerInvariant()));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The pronoun that stands for the last speaker, and whom it names: "he"/"she" the last person
    /// (the speaker asked about; after a party's answer the last person asked about before it; else the first person
    /// the last answer cited: "who led the delegation" → "what did he say"), "they" the last party.</summary>
    private static (int Start, int End, bool Possessive, string Name)? SpeakerPronoun(
        MessageReading own, ConversationTurn? speakerTurn, IReadOnlyList<ConversationTurn> history, Index.KnowledgeIndex index)
    {
        if (speakerTurn is null)
        {
            return null;
        }

        // After a party's answer ("what does Russia want then"), "he" is still the person talked about before it.
        var person = speakerTurn.SpeakerIsPerson ? speakerTurn.Speaker
            : history.LastOrDefault(t => t.SpeakerIsPerson)?.Speaker
              ?? history[^1].Shown.Select(c => c.Speaker).FirstOrDefault(name => MessageReading.IsPerson(index, name));
        var party = speakerTurn.SpeakerIsPerson ? null : speakerTurn.Speaker;
        foreach (var token in own.Tokens)
        {
            var name = PersonPronouns.Contains(token.Word) ? person : PartyPronouns.Contains(token.Word) ? party : null;
            if (name is not null)
            {
                return (token.Start, token.End, token.Word is "his" or "her" or "hers" or "their" or "theirs", name);
            }
        }

        return null;
    }

    /// <summary>"the russians about the talks?", "and Moscow on Crimea": the speaker's words, then "about" or "on", then the topic.</summary>
    private static bool OpensWithSpeakerOn(MessageReading own)
    {
        var about = own.Tokens.ToList().FindIndex(t => t.Word is "about" or "on");
        var topic = own.Topic.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return about > 0 && own.Tokens.Take(about).Any(t => !t.IsFunctionWord)
            && !own.Tokens.Take(about).Any(t => topic.Contains(t.Word, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>"what did he say Medinsky would do", "what did the NYT report he said": a person pronoun right before a verb of
    /// saying, the name the message gives only after it, or an outlet's.</summary>
    private static bool SaysOfTheOneNamedAfter(MessageReading own, int pronounStart, Index.KnowledgeIndex index)
    {
        var at = own.Tokens.ToList().FindIndex(t => t.Start == pronounStart);
        var names = (own.Speaker ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return PersonPronouns.Contains(own.Tokens[at].Word) && at + 1 < own.Tokens.Count && index.SpeechVerbs.Contains(own.Tokens[at + 1].Word)
            && (IsOutlet(index, own.Speaker) || !own.Tokens.Take(at).Any(t => names.Contains(t.Word, StringComparer.OrdinalIgnoreCase)));
    }

    private static bool IsPerson(Index.KnowledgeIndex index, string? name) =>
        name is not null && index.ActorNamed(name) is { Actor.Kind: Knowledge.ActorKind.Person };

    private static bool IsOutlet(Index.KnowledgeIndex index, string? name) => name is not null && index.OutletsByName.ContainsKey(name);

    /// <summary>"did he say they should be lifted": besides the pronoun of the last person, one that stands for what
    /// was talked about ("they", "it", "that").</summary>
    private static bool PointsPastSpeaker(MessageReading own, (int Start, int End, bool Possessive, string Name) pronoun)
    {
        var rest = own with { Tokens = [.. own.Tokens.Where(t => t.Start != pronoun.Start)] };
        return rest.PointsBack(TopicPronouns) || (PersonPronouns.Contains(own.Tokens.First(t => t.Start == pronoun.Start).Word) && rest.HasWord(PartyPronouns));
    }

    private static string Replace(string text, (int Start, int End, bool Possessive, string Name) pronoun) =>
        string.Concat(text.AsSpan(0, pronoun.Start), pronoun.Possessive ? pronoun.Name + "'s" : pronoun.Name, text.AsSpan(pronoun.End));

    private static string Continue(string question, string topic) => topic.Length == 0 ? question : question + AboutPhrase(topic);

    private static string About(string speaker, string topic, MessageReading own)
    {
        var second = own.Tokens.Count > 1 ? own.Tokens[1].Word : "";
        var word = own.QuestionWord is "why" or "when" or "where" or "how" && second is not ("about" or "of") ? own.QuestionWord : "what";
        return $"{word} did {speaker} say{AboutPhrase(topic)}";
    }

    private static string AboutPhrase(string topic) => topic.Length == 0 ? "" : " about " + topic;
}
