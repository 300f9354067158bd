using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TalksBot.TestKit;

/// <summary>A real redis-server on 127.0.0.1 for the tests. <c>.ci/run</c> starts one and names it in
/// <c>TALKSBOT_TEST_REDIS</c> (host:port); otherwise, and for tests that stop and restart the server, the
/// test starts its own from <c>redis-server</c> on the PATH, on a free port, without persistence. Without
/// either the test fails saying so (an exception naming what to install): it never passes without a server.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "TALKSBOT_TEST_REDIS";

    private const string Missing = "These tests need a real redis-server and none is there: install it (apt-get install -y redis-server) " +
        "so that the tests can start one, or set " + EnvironmentVariable + "=host:port to one already running. .ci/run does both.";

    private Process? _process;

    private RedisServer(string endpoint, int? port)
    {
        Endpoint = endpoint;
        Port = port;
    }

    /// <summary>host:port, for a StackExchange.Redis configuration string.</summary>
    public string Endpoint { get; }

    private int? Port { get; }

    /// <summary>Whether <c>redis-server</c> is on the PATH, so that a test can start (and stop) its own.</summary>
    public static bool IsInstalled =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "redis-server")));

    /// <summary>Why a test that needs its own server cannot run here.</summary>
    public const string NotInstalled = "redis-server is not installed (apt-get install -y redis-server; .ci/run does it): this test starts its own server.";

    /// <summary>The server <c>.ci/run</c> started when there is one, else one of the test's own.</summary>
    public static async Task<RedisServer> SharedOrOwnAsync() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } endpoint
            ? new RedisServer(endpoint, null)
            : await StartOwnAsync();

    /// <summary>A server this test owns, so that it can stop and restart it.</summary>
    public static async Task<RedisServer> StartOwnAsync()
    {
        var port = FreePort();
        var server = new RedisServer("127.0.0.1:" + port, port);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        var port = Port ?? throw new InvalidOperationException("Only a server the test started itself can be restarted.");
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            _process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(Missing);
        }

        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 100 && !await AcceptsAsync(port); i++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start (exit code {_process.ExitCode})");
            }

            await Task.Delay(50);
        }

        if (!await AcceptsAsync(port))
        {
            throw new InvalidOperationException("redis-server did not start listening on port " + port);
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Freezes the server (SIGSTOP): its connections stay open and nothing is answered, as a hung Redis.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a paused server run again (SIGCONT); it answers what was sent meanwhile.</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    public async ValueTask DisposeAsync()
    {
        await ResumeAsync();
        await StopAsync();
    }

    private async Task SignalAsync(string signal)
    {
        if (_process is not { HasExited: false } server)
        {
            return;
        }

        using var kill = Process.Start("kill", [signal, server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
