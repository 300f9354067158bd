using Microsoft.Extensions.Logging;
using TalksBot.Core.Knowledge;

namespace TalksBot.Core.Loading;

/// <summary>Reloads the data directory into a <see cref="KnowledgeStore"/> when its files changed.
/// A bad file is refused with a log line naming it and the data already served stays; questions in
/// flight keep the snapshot they took.</summary>
public sealed class KnowledgeReloader(KnowledgeStore store, string dataDirectory, TimeProvider time, ILogger<KnowledgeReloader> logger)
{
    private readonly Lock _lock = new();
    private string _fingerprint = Fingerprint(dataDirectory);

    public string DataDirectory => dataDirectory;

    /// <summary>Reloads if any data file was added, changed or removed since the last load.</summary>
    /// <returns>True when a new snapshot is now served.</returns>
    public bool ReloadIfChanged()
    {
        lock (_lock)
        {
            try
            {
                var fingerprint = Fingerprint(dataDirectory);
                if (fingerprint == _fingerprint)
                {
                    return false;
                }

                var next = KnowledgeLoader.Load(dataDirectory, time);
                store.Replace(next);
                _fingerprint = fingerprint;
                Log.Reloaded(logger, next.Articles.Count, next.StatementCount);
                return true;
            }
            catch (DataValidationException e)
            {
                _fingerprint = Fingerprint(dataDirectory);
                Log.Refused(logger, e.Message);
                return false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file still being written: the next change or poll tries again.
                Log.Unreadable(logger, e.Message);
                return false;
            }
        }
    }

    private static string Fingerprint(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return "";
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => new FileInfo(path))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}");
        return string.Join('\n', files);
    }
}
