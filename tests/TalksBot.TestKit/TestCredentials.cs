using System.Security.Cryptography;

namespace TalksBot.TestKit;

/// <summary>Credentials for the fake platforms, made fresh on every run: no token-shaped value is kept
/// in the repository, and a test cannot pass by matching a value it happens to know.</summary>
public static class TestCredentials
{
    /// <summary><paramref name="prefix"/> followed by 32 random hex digits.</summary>
    public static string Random(string prefix = "") =>
        prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
