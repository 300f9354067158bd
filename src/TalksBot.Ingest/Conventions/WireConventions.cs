namespace TalksBot.Ingest.Conventions;

/// <summary>The wire services and the ways a republished article credits one for the whole story (the <c>wire_services</c>
/// block of <c>news-conventions.json</c>).</summary>
/// <param name="Role">The role a credited wire service is given as an outlet actor.</param>
/// <param name="OpeningCredits">Regular expressions of a dateline credit ("KYIV, Ukraine (AP) —") or a byline
/// ("By Reuters"), matched against the byline and the first paragraphs; <c>{wire}</c> stands for any form of a service.</param>
/// <param name="ClosingCredits">Regular expressions of a credit ending the story ("— Reuters", "(AFP)", "with AFP"),
/// matched against the last paragraphs.</param>
internal sealed record WireConventions(
    string Role,
    IReadOnlyList<WireService> Services,
    IReadOnlyList<string> OpeningCredits,
    IReadOnlyList<string> ClosingCredits);
