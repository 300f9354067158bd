using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using TalksBot.Core.Index;
using TalksBot.Core.Knowledge;
using TalksBot.Core.Query;

namespace TalksBot.Core.Feedback;

/// <summary>Finds statements of one snapshot by what a reply or a button carries: a citation, a full
/// id ("articleId/statementId"), or the id's short reference (8 characters, 40 bits of its SHA-256),
/// which is small enough for several to travel in a Discord custom_id. Built once per snapshot.</summary>
internal sealed class StatementLookup
{
    public const int RefLength = 8;

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private static readonly ConditionalWeakTable<KnowledgeBase, StatementLookup> Cache = [];

    private readonly Dictionary<(string Article, int Paragraph, string Quote), string> _byCitation = [];
    private readonly Dictionary<string, IndexedStatement> _byId = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, string>> _byRef;
    private readonly KnowledgeIndex _index;

    private StatementLookup(KnowledgeIndex index)
    {
        _index = index;
        foreach (var statement in index.Statements)
        {
            var id = FullId(statement.Article.Id, statement.Statement.Id);
            _byId[id] = statement;
            _byCitation.TryAdd((statement.Article.Id, statement.Statement.Paragraph, statement.Citation.Quote), id);
        }

        _byRef = new(() => _byId.Keys.GroupBy(Ref).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal));
    }

    public static StatementLookup Of(KnowledgeBase snapshot) => Cache.GetValue(snapshot, s => new StatementLookup(s.Index));

    public static string FullId(string articleId, string statementId) => articleId + "/" + statementId;

    /// <summary>The id's short reference: lower-case base32 of the first 40 bits of its SHA-256.</summary>
    public static string Ref(string fullId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(fullId), hash);
        var bits = 0UL;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        var text = new char[RefLength];
        for (var i = RefLength - 1; i >= 0; i--)
        {
            text[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(text);
    }

    /// <summary>The statement a citation shows; for one widened to the words before its quote (a follow-up's "which
    /// countries"), the last statement of its paragraph that it holds.</summary>
    public string? IdOf(Citation citation) =>
        _byCitation.GetValueOrDefault((citation.Source.ArticleId, citation.Paragraph, citation.Quote))
        ?? (Conversation.StatementThread.Find(_index, citation) is { } widened ? FullId(widened.Article.Id, widened.Statement.Id) : null);

    /// <summary>The full id of a reference, or null when no statement of this snapshot has it (or two do).</summary>
    public string? Resolve(string reference) => _byRef.Value.GetValueOrDefault(reference);

    public IndexedStatement? Find(string fullId) => _byId.GetValueOrDefault(fullId);
}
