using System.Net.WebSockets;

namespace TalksBot.TestKit;

/// <summary>For the fake platforms' WebSocket servers: reads one whole message, however many frames.</summary>
public static class WebSocketMessages
{
    public static async Task<(WebSocketReceiveResult Last, MemoryStream Message)> ReceiveAsync(WebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return (result, message);
    }
}
