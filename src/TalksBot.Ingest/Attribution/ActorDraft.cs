using TalksBot.Core.Knowledge;

namespace TalksBot.Ingest.Attribution;

/// <summary>An actor being assembled from the article's mentions; becomes an <see cref="Actor"/> once ids are assigned.</summary>
internal sealed class ActorDraft(ActorKind kind, string name, Actor? corpusMatch)
{
    private readonly List<int> _mentions = [];

    public ActorKind Kind { get; } = corpusMatch?.Kind ?? kind;

    /// <summary>The name as this article spells it in full.</summary>
    public string Name { get; set; } = name;

    public string? Role { get; set; }

    /// <summary>The rank a mention gave ("Poland's General"), the role when no mention gives one.</summary>
    public string? RankRole { get; set; }

    /// <summary>True once the role was given at an attribution of this actor's words.</summary>
    public bool RoleAttributed { get; set; }

    /// <summary>"he" or "she" when an honorific said so ("Mr. Shirokov", "Ms Bello"); null when nothing did.</summary>
    public string? Pronoun { get; set; }

    /// <summary>Someone the article does not name, called by an indefinite description ("A senior diplomat from …").</summary>
    public bool Unnamed { get; set; }

    /// <summary>Named only by a title ("the U.N. secretary-general"): the name is the title.</summary>
    public bool TitleOnly { get; init; }

    public Actor? CorpusMatch { get; set; } = corpusMatch;

    /// <summary>Other forms this article uses, in order of first use.</summary>
    public List<string> Aliases { get; } = [];

    public bool Referenced { get; set; }

    public IReadOnlyList<int> Mentions => _mentions;

    public int FirstMention => _mentions.Count == 0 ? int.MaxValue : _mentions.Min();

    public string Surname => Name.Split(' ')[^1];

    public void MentionedAt(int position) => _mentions.Add(position);

    public int LastMentionBefore(int position) => _mentions.Where(p => p < position).DefaultIfEmpty(-1).Max();

    public void AddAlias(string alias)
    {
        alias = alias.Trim().Trim(',');
        if (alias.Length > 0 && !string.Equals(alias, Name, StringComparison.OrdinalIgnoreCase)
            && !Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
        {
            Aliases.Add(alias);
        }
    }
}
