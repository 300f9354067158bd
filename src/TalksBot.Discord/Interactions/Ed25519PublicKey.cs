using System.Diagnostics.CodeAnalysis;
using NSec.Cryptography;

namespace TalksBot.Discord.Interactions;

/// <summary>Parses the portal's hex public key (32 bytes) for signature checks.</summary>
internal static class Ed25519PublicKey
{
    public static bool TryParse(string? hex, [NotNullWhen(true)] out PublicKey? key)
    {
        key = null;
        if (hex is not { Length: 64 })
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[32];
        return Convert.FromHexString(hex, bytes, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == 32
            && PublicKey.TryImport(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey, out key);
    }
}
