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
        var shorthand = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in reader.Array("shorthand", required: false))
        {
            if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2
                || pair.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
            {
                throw reader.Fail("shorthand", $"entry #{shorthand.Count + 1} must be a pair of non-empty strings");
            }

            shorthand[pair[0].GetString()!.ToLowerInvariant()] = pair[1].GetString()!.ToLowerInvariant();
        }

        var answerTypes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var typesReader = reader.Object("answer_types");
        foreach (var property in typesReader.Properties())
        {
            answerTypes[property.Name] = typesReader.StringArray(property.Name, required: true);
        }

        reader.RejectUnknownFields();
        return new Vocabulary(topics, synonyms, speechVerbs, answerTypes) { ReactionVerbs = reactionVerbs, StanceWords = stanceWords, Shorthand = shorthand };
    }
}
