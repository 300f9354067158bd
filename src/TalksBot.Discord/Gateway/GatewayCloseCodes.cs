namespace TalksBot.Discord.Gateway;

/// <summary>The gateway close-code table (opcodes-and-status-codes, "Gateway Close Event Codes").</summary>
internal static class GatewayCloseCodes
{
    public static ConnectionEnd Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ConnectionEnd.Fatal,
        4003 or 4007 or 4009 => ConnectionEnd.NewSession,
        _ => ConnectionEnd.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "connection dropped",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: check Discord:Token",
        4005 => "already authenticated",
        4007 => "invalid resume sequence",
        4008 => "rate limited",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardIds and Discord:ShardCount",
        4011 => "sharding required: raise Discord:ShardCount, or set it to auto",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the Developer Portal or request fewer",
        _ => "closed",
    };
}
