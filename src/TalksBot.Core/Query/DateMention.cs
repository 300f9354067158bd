using System.Globalization;
using System.Text.RegularExpressions;

namespace TalksBot.Core.Query;

/// <summary>Finds a calendar date in a question ("on March 29", "29 March 2022", "2022-03-29",
/// "3/29"), so answers can prefer articles published that day. A year is optional.</summary>
internal static partial class DateMention
{
    public static (int Month, int Day, int? Year)? Find(string question)
    {
        if (Iso().Match(question) is { Success: true } iso)
        {
            return (Int(iso, "m"), Int(iso, "d"), Int(iso, "y"));
        }

        if (MonthFirst().Match(question) is { Success: true } monthFirst && Month(monthFirst.Groups["month"].Value) is { } m1)
        {
            return Valid(m1, Int(monthFirst, "d"), OptionalInt(monthFirst, "y"));
        }

        if (DayFirst().Match(question) is { Success: true } dayFirst && Month(dayFirst.Groups["month"].Value) is { } m2)
        {
            return Valid(m2, Int(dayFirst, "d"), OptionalInt(dayFirst, "y"));
        }

        return null;
    }

    private static (int, int, int?)? Valid(int month, int day, int? year) =>
        day is >= 1 and <= 31 ? (month, day, year) : null;

    public static bool IsMonthName(string word) => word.Length >= 3 && Month(word) is not null;

    /// <summary>The month a name or its abbreviation stands for ("march", "Apr."), or null.</summary>
    public static int? Month(string name)
    {
        for (var m = 1; m <= 12; m++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m);
            if (name.Length >= 3 && full.StartsWith(name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? OptionalInt(Match match, string group) => match.Groups[group].Success ? Int(match, group) : null;

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<month>[A-Za-z]{3,9}\.?)\s+(?<d>\d{1,2})(st|nd|rd|th)?\b(,?\s+(?<y>\d{4}))?")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?(?<month>[A-Za-z]{3,9})\b(,?\s+(?<y>\d{4}))?")]
    private static partial Regex DayFirst();
}
