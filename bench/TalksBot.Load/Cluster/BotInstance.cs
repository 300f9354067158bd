using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using TalksBot.Tests;

namespace TalksBot.Load.Cluster;

/// <summary>One bot process (the built executable, <c>run</c>) on a fixed loopback port that keeps across
/// restarts, so that whoever delivers to it finds it again after a SIGTERM and a new start.</summary>
public sealed class BotInstance : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string[] _args;
    private readonly StringBuilder _log = new();
    private readonly List<int> _exitCodes = [];
    private Process? _process;
    private bool _stopping;

    private BotInstance(int index, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        Index = index;
        _environment = environment;
        _args = args;
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
    }

    public int Index { get; }

    public Uri Address { get; }

    /// <summary>Exit codes of the stops this instance was asked for, in order.</summary>
    public IReadOnlyList<int> ExitCodes
    {
        get
        {
            lock (_exitCodes)
            {
                return [.. _exitCodes];
            }
        }
    }

    /// <summary>True when the process ended without being asked to (a crash).</summary>
    public bool Crashed => _process is { HasExited: true } && !_stopping;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static BotInstance Create(int index, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args) =>
        new(index, environment, [.. args]);

    public void Start()
    {
        _stopping = false;
        var process = Process.Start(BotProcess.StartInfo(_environment, ["run", "--urls=" + Address.ToString().TrimEnd('/'), .. _args]))!;
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200.</summary>
    public async Task WaitUntilReadyAsync(HttpClient http, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            if (_process is not { HasExited: false })
            {
                throw new InvalidOperationException($"bot {Index} exited while starting:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "readyz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"bot {Index} was not ready within {patience}:\n{Tail()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGTERM, then waits for the process to end; the exit code is kept in <see cref="ExitCodes"/>.</summary>
    public async Task<int> StopAsync(TimeSpan patience)
    {
        var process = _process ?? throw new InvalidOperationException("not started");
        _stopping = true;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(patience);
        await process.WaitForExitAsync(timeout.Token);
        lock (_exitCodes)
        {
            _exitCodes.Add(process.ExitCode);
        }

        return process.ExitCode;
    }

    /// <summary>Resident memory of the running process in MB (VmRSS), or null when it is not running.</summary>
    public double? ResidentMegabytes() => _process is { HasExited: false } process ? ProcessMemory.ResidentMegabytes(process.Id) : null;

    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            _stopping = true;
            process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private string Tail()
    {
        var log = Log;
        return log.Length <= 4000 ? log : log[^4000..];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
