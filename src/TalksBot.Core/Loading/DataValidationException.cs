namespace TalksBot.Core.Loading;

/// <summary>Data in <c>data/</c> that cannot be served. The message names the file and, where there
/// is one, the statement or actor and the field, so it can be fixed without a debugger.</summary>
public sealed class DataValidationException(string message) : Exception(message)
{
    public static DataValidationException At(string file, string? item, string? field, string problem)
    {
        var where = file;
        if (item is not null)
        {
            where += ": " + item;
        }

        if (field is not null)
        {
            where += ": field '" + field + "'";
        }

        return new DataValidationException(where + ": " + problem);
    }
}
