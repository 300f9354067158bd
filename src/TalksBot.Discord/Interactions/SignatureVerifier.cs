using System.Text;
using NSec.Cryptography;

namespace TalksBot.Discord.Interactions;

/// <summary>Checks <c>X-Signature-Ed25519</c> over the bytes of <c>X-Signature-Timestamp</c> followed by
/// the raw body, with the application's public key. Any missing or malformed part fails the check.</summary>
internal sealed class SignatureVerifier(PublicKey publicKey)
{
    private const int SignatureHexLength = 128;

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: SignatureHexLength } || string.IsNullOrEmpty(timestamp))
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureHexLength / 2];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != signature.Length)
        {
            return false;
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var prefix = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(prefix));
        return SignatureAlgorithm.Ed25519.Verify(publicKey, signed, signature);
    }
}
