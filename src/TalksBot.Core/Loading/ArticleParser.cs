using System.Globalization;
using System.Text.Json;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Loading;

/// <summary>Turns one article file into an <see cref="Article"/>, refusing anything that does not
/// follow data/schema/article.schema.json or breaks a rule the schema cannot state (verbatim quotes,
/// known ids, unique ids).</summary>
internal static class ArticleParser
{
    /// <param name="strings">Where strings that other articles repeat are shared (one pool per load).</param>
    public static Article Parse(string file, JsonElement root, Vocabulary vocabulary, StringPool strings)
    {
        var reader = new JsonObjectReader(root, file, null);
        reader.OptionalString("$schema");
        var id = RequireId(reader, "id");
        var publisher = strings.Share(reader.RequiredString("publisher"));
        var date = ParseDate(reader);
        var title = reader.RequiredString("title");
        reader.OptionalBool("title_is_descriptive");
        var url = ParseUrl(reader);
        var eventName = strings.ShareOrNull(reader.OptionalString("event"));
        var paragraphs = reader.StringArray("paragraphs", required: true);
        if (paragraphs.Count == 0)
        {
            throw reader.Fail("paragraphs", "must hold at least one paragraph");
        }

        var actors = ParseActors(file, reader.Array("actors", required: true), strings);
        var places = reader.Array("places", required: false).Select((p, i) => ParsePlace(file, p, i, strings)).ToList();
        var statements = ParseStatements(file, reader.Array("statements", required: true), paragraphs, actors, vocabulary, strings);
        reader.RejectUnknownFields();

        return new Article(id, publisher, date, title, url, eventName, paragraphs, actors, places, statements);
    }

    private static string RequireId(JsonObjectReader reader, string field)
    {
        var id = reader.RequiredString(field);
        if (!IsId(id))
        {
            throw reader.Fail(field, $"'{id}' is not an id (lowercase letters, digits and '-', at most 80 characters)");
        }

        return id;
    }

    private static bool IsId(string id) =>
        id.Length <= 80 && (char.IsAsciiLetterLower(id[0]) || char.IsAsciiDigit(id[0]))
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static DateOnly? ParseDate(JsonObjectReader reader)
    {
        var text = reader.NullableString("date");
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw reader.Fail("date", $"'{text}' is not a date in the form YYYY-MM-DD");
    }

    private static Uri? ParseUrl(JsonObjectReader reader)
    {
        var text = reader.OptionalString("url");
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw reader.Fail("url", $"'{text}' is not an http(s) URL");
    }

    private static List<Actor> ParseActors(string file, IReadOnlyList<JsonElement> elements, StringPool strings)
    {
        var actors = new List<Actor>(elements.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            var reader = new JsonObjectReader(elements[i], file, "actor", i);
            var id = strings.Share(RequireId(reader, "id"));
            if (!ids.Add(id))
            {
                throw reader.Fail("id", $"duplicate actor id '{id}'");
            }

            var kind = ParseEnum<ActorKind>(reader, "kind");
            actors.Add(new Actor(
                id,
                kind,
                strings.Share(reader.RequiredString("name")),
                strings.ShareOrNull(reader.OptionalString("role")),
                strings.ShareOrNull(reader.OptionalString("affiliation")),
                strings.Share(reader.StringArray("aliases", required: true))));
            reader.RejectUnknownFields();
        }

        foreach (var actor in actors.Where(a => a.Affiliation is not null && !ids.Contains(a.Affiliation)))
        {
            throw DataValidationException.At(file, $"actor '{actor.Id}'", "affiliation", $"unknown actor id '{actor.Affiliation}'");
        }

        return actors;
    }

    private static Place ParsePlace(string file, JsonElement element, int index, StringPool strings)
    {
        var reader = new JsonObjectReader(element, file, $"places[{index}]");
        var kind = reader.OptionalString("kind");
        if (kind is not null && kind is not ("city" or "country" or "region" or "building" or "other"))
        {
            throw reader.Fail("kind", $"'{kind}' is not one of city, country, region, building, other");
        }

        var place = new Place(strings.Share(reader.RequiredString("name")), strings.ShareOrNull(kind), strings.Share(reader.StringArray("aliases", required: true)));
        reader.RejectUnknownFields();
        return place;
    }

    private static List<Statement> ParseStatements(
        string file, IReadOnlyList<JsonElement> elements, IReadOnlyList<string> paragraphs, List<Actor> actors, Vocabulary vocabulary, StringPool strings)
    {
        var actorIds = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var topicIds = vocabulary.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var statements = new List<Statement>(elements.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < elements.Count; i++)
        {
            var reader = new JsonObjectReader(elements[i], file, "statement", i);
            var id = strings.Share(RequireId(reader, "id"));
            if (!ids.Add(id))
            {
                throw reader.Fail("id", $"duplicate statement id '{id}'");
            }

            var paragraph = reader.RequiredInt("paragraph");
            if (paragraph < 1 || paragraph > paragraphs.Count)
            {
                throw reader.Fail("paragraph", $"{paragraph} is outside 1..{paragraphs.Count}");
            }

            var kind = ParseEnum<StatementKind>(reader, "kind");
            var speaker = strings.Share(RequireActor(reader, "speaker", reader.RequiredString("speaker"), actorIds));
            var via = reader.OptionalString("via") is { } viaId ? strings.Share(RequireActor(reader, "via", viaId, actorIds)) : null;
            var quote = reader.RequiredString("quote");
            if (!paragraphs[paragraph - 1].Contains(quote, StringComparison.Ordinal))
            {
                throw reader.Fail("quote", $"is not a verbatim span of paragraph {paragraph}");
            }

            var cut = reader.OptionalBool("cut");
            if (cut)
            {
                RequireCutSpan(reader, kind, quote, paragraph, paragraphs);
            }

            var topics = strings.Share(reader.StringArray("topics", required: true));
            foreach (var topic in topics.Where(t => !topicIds.Contains(t)))
            {
                throw reader.Fail("topics", $"unknown topic '{topic}' (topics are defined in vocabulary.json)");
            }

            var disputes = strings.Share(reader.StringArray("disputes", required: false));
            reader.RejectUnknownFields();
            statements.Add(new Statement(id, paragraph, kind, speaker, via, quote, topics, disputes, cut));
        }

        foreach (var statement in statements)
        {
            foreach (var target in statement.Disputes.Where(d => !ids.Contains(d) || d == statement.Id))
            {
                throw DataValidationException.At(file, $"statement '{statement.Id}'", "disputes", $"'{target}' is not another statement of this article");
            }
        }

        return statements;
    }

    /// <summary>A quote marked cut is a direct quote that the source text ends inside: it reaches the end of the
    /// article's last paragraph (trailing white space aside), so nothing it claims was cut is actually there.</summary>
    private static void RequireCutSpan(JsonObjectReader reader, StatementKind kind, string quote, int paragraph, IReadOnlyList<string> paragraphs)
    {
        if (kind != StatementKind.DirectQuote)
        {
            throw reader.Fail("cut", "only a direct_quote can be cut off by the end of the source text");
        }

        if (paragraph != paragraphs.Count)
        {
            throw reader.Fail("cut", $"a cut quote must be in the last paragraph ({paragraphs.Count}), where the source text ends");
        }

        if (!paragraphs[paragraph - 1].TrimEnd().EndsWith(quote.TrimEnd(), StringComparison.Ordinal))
        {
            throw reader.Fail("cut", $"a cut quote must reach the end of paragraph {paragraph}, where the source text ends");
        }
    }

    private static string RequireActor(JsonObjectReader reader, string field, string id, HashSet<string> actorIds) =>
        actorIds.Contains(id) ? id : throw reader.Fail(field, $"unknown actor id '{id}'");

    private static T ParseEnum<T>(JsonObjectReader reader, string field)
        where T : struct, Enum
    {
        var text = reader.RequiredString(field);
        return SnakeCaseNames<T>.Values.TryGetValue(text, out var value)
            ? value
            : throw reader.Fail(field, $"'{text}' is not one of {string.Join(", ", SnakeCaseNames<T>.Values.Keys)}");
    }

    /// <summary>Each member of <typeparamref name="T"/> by its name in the data ("official_statement").</summary>
    private static class SnakeCaseNames<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyDictionary<string, T> Values =
            Enum.GetValues<T>().ToDictionary(v => SnakeCase(v.ToString()), StringComparer.Ordinal);
    }

    private static string SnakeCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
