using System.Text.Json;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Loading;

/// <summary>Reads data/vocabulary.json (schema: data/schema/vocabulary.schema.json).</summary>
internal static class VocabularyParser
{
    public static Vocabulary Parse(string file, JsonElement root)
    {
        var reader = new JsonObjectReader(root, file, null);
        reader.OptionalString("$schema");
        var topics = new List<Topic>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in reader.Array("topics", required: true))
        {
            var topicReader = new JsonObjectReader(element, file, $"topic #{topics.Count + 1}");
            var id = topicReader.RequiredString("id");
            if (!ids.Add(id))
            {
                throw topicReader.Fail("id", $"duplicate topic id '{id}'");
            }

            topics.Add(new Topic(id, topicReader.RequiredString("label"), topicReader.StringArray("terms", required: true)));
            topicReader.RejectUnknownFields();
        }

        var synonyms = new List<IReadOnlyList<string>>();
        foreach (var group in reader.Array("synonyms", required: true))
        {
            if (group.ValueKind != JsonValueKind.Array || group.GetArrayLength() < 2
                || group.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
            {
                throw reader.Fail("synonyms", $"group #{synonyms.Count + 1} must be an array of at least two non-empty strings");
            }

            synonyms.Add([.. group.EnumerateArray().Select(e => e.GetString()!)]);
        }

        var speechVerbs = reader.StringArray("speech_verbs", required: true);
        var reactionVerbs = reader.StringArray("reaction_verbs", required: false);
        var stanceWords = reader.StringArray("stance_words", required: false);
        var personWords = reader.StringArray("person_words", required: false).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var shorthand = Pairs(reader, "shorthand");
        var seats = Pairs(reader, "seats_of_government");
        var opposites = Opposites(reader);
        var answerTypes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var typesReader = reader.Object("answer_types");
        foreach (var property in typesReader.Properties())
        {
            answerTypes[property.Name] = typesReader.StringArray(property.Name, required: true);
        }

        reader.RejectUnknownFields();
        return new Vocabulary(topics, synonyms, speechVerbs, answerTypes) { ReactionVerbs = reactionVerbs, StanceWords = stanceWords, PersonWords = personWords, Shorthand = shorthand, SeatsOfGovernment = seats, Opposites = opposites };
    }

    /// <summary>An optional list of [word, opposite] pairs, read both ways; a word may have several opposites.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Opposites(JsonObjectReader reader)
    {
        var opposites = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, opposite) in PairList(reader, "opposites"))
        {
            Add(word, opposite);
            Add(opposite, word);
        }

        return opposites.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);

        void Add(string from, string to)
        {
            if (!opposites.TryGetValue(from, out var list))
            {
                opposites[from] = list = [];
            }

            if (!list.Contains(to))
            {
                list.Add(to);
            }
        }
    }

    /// <summary>An optional list of [word, what it stands for] pairs, keyed by the lowercase word.</summary>
    private static Dictionary<string, string> Pairs(JsonObjectReader reader, string name) =>
        PairList(reader, name).GroupBy(p => p.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Other, StringComparer.Ordinal);

    private static List<(string Word, string Other)> PairList(JsonObjectReader reader, string name)
    {
        var pairs = new List<(string Word, string Other)>();
        foreach (var pair in reader.Array(name, required: false))
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2
                || pair.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
            {
                throw reader.Fail(name, $"entry #{pairs.Count + 1} must be a pair of non-empty strings");
            }

            pairs.Add((pair[0].GetString()!.ToLowerInvariant(), pair[1].GetString()!.ToLowerInvariant()));
        }

        return pairs;
    }
}
