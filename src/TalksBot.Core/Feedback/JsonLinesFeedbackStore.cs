using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TalksBot.Core.Feedback;

/// <summary>Votes appended to a local JSON Lines file, one line per click, flushed to disk before the
/// click is acknowledged. The file is the truth: reading folds it to the last vote of each (answer,
/// user), so a restart neither loses nor double-counts a vote. A line cut short by a crash is skipped,
/// and the next vote starts on a line of its own. One process appends at a time (a lock); several
/// processes should share votes through a server store instead.</summary>
public sealed class JsonLinesFeedbackStore(IOptions<FeedbackOptions> options, ILogger<JsonLinesFeedbackStore> logger) : IFeedbackStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<(string Answer, string User), FeedbackVote>? _current;

    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.Path);

    public async ValueTask<FeedbackVote?> RecordAsync(FeedbackVote vote, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = _current ??= Fold(await ReadLinesAsync(cancellationToken));
            await AppendAsync(vote, cancellationToken);
            current.TryGetValue((vote.Answer, vote.User), out var replaced);
            current[(vote.Answer, vote.User)] = vote;
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
            return [.. Fold(await ReadLinesAsync(cancellationToken)).Values.OrderBy(v => v.Time)];
        }
        finally
        {
            _gate.Release();
        }
    }

    private static Dictionary<(string Answer, string User), FeedbackVote> Fold(IEnumerable<FeedbackVote> votes)
    {
        var current = new Dictionary<(string Answer, string User), FeedbackVote>();
        foreach (var vote in votes)
        {
            current[(vote.Answer, vote.User)] = vote;
        }

        return current;
    }

    private async Task<List<FeedbackVote>> ReadLinesAsync(CancellationToken cancellationToken)
    {
        var votes = new List<FeedbackVote>();
        if (!File.Exists(Path))
        {
            return votes;
        }

        var number = 0;
        await foreach (var line in File.ReadLinesAsync(Path, cancellationToken))
        {
            number++;
            if (line.Length > 0)
            {
                if (Parse(line) is { } vote)
                {
                    votes.Add(vote);
                }
                else
                {
                    Log.FeedbackLineSkipped(logger, Path, number);
                }
            }
        }

        return votes;
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

    private async Task AppendAsync(FeedbackVote vote, CancellationToken cancellationToken)
    {
        var line = new FeedbackLine(vote.Time, vote.Answer, vote.User, vote.Vote == Vote.Up ? "up" : "down",
            vote.Reason is { } r ? FeedbackReasons.Code(r) : null, vote.Question, vote.Answered, vote.Statements, vote.Platform);
        var json = JsonSerializer.Serialize(line, FeedbackJsonContext.Default.FeedbackLine);

        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var file = new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 4096, FileOptions.Asynchronous);
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
}
