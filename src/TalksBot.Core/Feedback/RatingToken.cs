namespace TalksBot.Core.Feedback;

/// <summary>The state a 👍/👎 button carries, so that any instance can record the click:
/// "key|a|ref,ref,…|question" (a = 1 answered, 0 declined). Statements travel as short references and
/// as many as fit; the question only when it fits whole (otherwise the rated-answer store keeps it by
/// key: the answering instance's memory, or Redis shared by every instance, see <see cref="RatingRegistry"/>).</summary>
public sealed record RatingToken(string Key, bool Answered, IReadOnlyList<string> StatementRefs, string? Question)
{
    private const char Separator = '|';

    public static RatingToken From(RatedAnswer answer) =>
        new(answer.Key, answer.Answered, [.. answer.StatementIds.Select(StatementLookup.Ref)], answer.Question);

    /// <summary>The token in at most <paramref name="maxLength"/> characters, or null when not even the key fits.</summary>
    public string? Encode(int maxLength)
    {
        var text = Key + Separator + (Answered ? '1' : '0') + Separator;
        if (text.Length > maxLength)
        {
            return null;
        }

        var refs = new List<string>();
        foreach (var reference in StatementRefs)
        {
            if (text.Length + string.Join(',', refs.Append(reference)).Length + 1 > maxLength)
            {
                break;
            }

            refs.Add(reference);
        }

        text += string.Join(',', refs) + Separator;
        return Question is { Length: > 0 } question && text.Length + question.Length <= maxLength ? text + question : text;
    }

    public static RatingToken? Decode(string? text)
    {
        var parts = text?.Split(Separator, 4);
        if (parts is not [var key, var answered and ("0" or "1"), var refs, var question] || !RatingRegistry.IsKey(key))
        {
            return null;
        }

        var references = refs.Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (references.Any(r => r.Length != StatementLookup.RefLength))
        {
            return null;
        }

        return new RatingToken(key, answered == "1", references, question.Length == 0 ? null : question);
    }
}
