using System.Text;

namespace TalksBot.Ingest.Text;

/// <summary>Lower-case <c>[a-z0-9-]</c> ids of at most 80 characters, cut at a word boundary.</summary>
internal static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text, int maxLength = MaxLength)
    {
        var sb = new StringBuilder();
        foreach (var c in Words.Fold(text.Replace("’", "", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal)))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)].Trim('-');
        }

        return slug;
    }

    public static string Join(params IEnumerable<string> parts) =>
        From(string.Join('-', parts.Where(p => p.Length > 0)));
}
