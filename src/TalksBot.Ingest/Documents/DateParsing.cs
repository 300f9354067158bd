using System.Globalization;
using System.Text.RegularExpressions;

namespace TalksBot.Ingest.Documents;

/// <summary>Finds a calendar date written the ways news pages write it.</summary>
internal static partial class DateParsing
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMM yyyy", "MMM d, yyyy", "MMM. d, yyyy",
        "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "dddd d MMMM yyyy",
    ];

    public static DateOnly? FromIso(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>The first date in <paramref name="text"/>, ISO or spelled out with a year.</summary>
    public static DateOnly? Find(string text)
    {
        // "19.03.2023 01:12", "4.4.2023": day, month and year with dots, as European pages write them — unless another date comes first.
        var dotted = DottedDate().Match(text);
        foreach (Match m in DatePattern().Matches(text))
        {
            if (dotted.Success && dotted.Index < m.Index)
            {
                break;
            }

            var candidate = m.Value.Replace("Sept.", "Sep", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
            candidate = Ordinal().Replace(candidate, "$1");
            if (DateOnly.TryParseExact(candidate, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
            {
                return date;
            }
        }

        return dotted.Success && DateOnly.TryParseExact(dotted.Value, "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}(?![\d.]\d)")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();
}
