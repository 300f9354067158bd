using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalksBot.Core.Feedback;

/// <summary>Votes appended to a local JSON Lines file, one line per click, flushed to disk before the
/// click is acknowledged. The file is the truth: reading folds it to the last vote of each (answer,
/// user), so a restart neither loses nor double-counts a vote. Each append holds the file exclusively
/// (other writers and readers, in this or another process, wait their turn) and first reads what others
/// appended since, so processes sharing the file agree. A line cut short by a crash is skipped, and the
/// next vote starts on a line of its own.</summary>
public sealed class JsonLinesFeedbackStore(IOptions<FeedbackOptions> options, TimeProvider time, ILogger<JsonLinesFeedbackStore> logger) : IFeedbackStore
{
    private static readonly TimeSpan BusyRetryDelay = TimeSpan.FromMilliseconds(20);
    private const int BusyRetries = 250;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string Answer, string User), FeedbackVote> _current = [];
    private long _readUpTo;
    private int _linesRead;

    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.Path);

    public string Location => options.Value.Path;

    public async ValueTask<FeedbackVote?> RecordAsync(FeedbackVote vote, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var file = await OpenAsync(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, cancellationToken);
            await CatchUpAsync(file, cancellationToken);
            await AppendAsync(file, vote, cancellationToken);
            _readUpTo = file.Length;
            _linesRead++;

            _current.TryGetValue((vote.Answer, vote.User), out var replaced);
            _current[(vote.Answer, vote.User)] = vote;
            return replaced;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<IReadOnlyList<FeedbackVote>> ReadVotesAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(Path))
            {
                return [];
            }

            await using var file = await OpenAsync(FileMode.Open, FileAccess.Read, FileShare.Read, cancellationToken);
            await CatchUpAsync(file, cancellationToken);
            return [.. _current.Values.OrderBy(v => v.Time)];
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Folds the lines appended since this store last read (all of them the first time, or when the file was replaced by a shorter one).</summary>
    private async Task CatchUpAsync(FileStream file, CancellationToken cancellationToken)
    {
        if (file.Length < _readUpTo)
        {
            _current.Clear();
            _readUpTo = 0;
            _linesRead = 0;
        }

        file.Seek(_readUpTo, SeekOrigin.Begin);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            _linesRead++;
            if (line.Length == 0)
            {
                continue;
            }

            if (Parse(line) is { } vote)
            {
                _current[(vote.Answer, vote.User)] = vote;
            }
            else
            {
                Log.FeedbackLineSkipped(logger, Path, _linesRead);
            }
        }

        _readUpTo = file.Length;
    }

    private static FeedbackVote? Parse(string line)
    {
        try
        {
            var l = JsonSerializer.Deserialize(line, FeedbackJsonContext.Default.FeedbackLine);
            if (l is null || l.Answer is null || l.User is null || l.Vote is not ("up" or "down"))
            {
                return null;
            }

            return new FeedbackVote(l.Time, l.Answer, l.User, l.Vote == "up" ? Vote.Up : Vote.Down, FeedbackReasons.FromCode(l.Reason),
                l.Question, l.Answered, l.Statements ?? [], l.Platform ?? "");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task AppendAsync(FileStream file, FeedbackVote vote, CancellationToken cancellationToken)
    {
        var line = new FeedbackLine(vote.Time, vote.Answer, vote.User, vote.Vote == Vote.Up ? "up" : "down",
            vote.Reason is { } r ? FeedbackReasons.Code(r) : null, vote.Question, vote.Answered, vote.Statements, vote.Platform);
        var json = JsonSerializer.Serialize(line, FeedbackJsonContext.Default.FeedbackLine);

        var startsLine = file.Length == 0 || await EndsWithNewLineAsync(file, cancellationToken);
        file.Seek(0, SeekOrigin.End);
        await file.WriteAsync(Encoding.UTF8.GetBytes((startsLine ? "" : "\n") + json + "\n"), cancellationToken);
        await file.FlushAsync(cancellationToken);
        file.Flush(flushToDisk: true);
    }

    private static async Task<bool> EndsWithNewLineAsync(FileStream file, CancellationToken cancellationToken)
    {
        var last = new byte[1];
        file.Seek(-1, SeekOrigin.End);
        return await file.ReadAsync(last, cancellationToken) == 1 && last[0] == (byte)'\n';
    }

    /// <summary>Opens the file, waiting while another process holds it (a sharing violation) for up to about five seconds.</summary>
    private async Task<FileStream> OpenAsync(FileMode mode, FileAccess access, FileShare share, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(Path, mode, access, share, 4096, FileOptions.Asynchronous);
            }
            catch (IOException) when (attempt < BusyRetries && File.Exists(Path))
            {
                await Task.Delay(BusyRetryDelay, time, cancellationToken);
            }
        }
    }
}
