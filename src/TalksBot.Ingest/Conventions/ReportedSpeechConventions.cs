namespace TalksBot.Ingest.Conventions;

/// <summary>How English news reports words without quotation marks, beyond "X said that …".</summary>
/// <param name="DirectiveVerbs">Verbs that report a call on someone to act: the verb, a short object, then "to" ("urged
/// people not to trust …", "called on both sides to …").</param>
/// <param name="PassiveVerbs">Participles of "This was stated by X", which gives X the sentence before.</param>
internal sealed record ReportedSpeechConventions(
    IReadOnlyList<string> DirectiveVerbs,
    IReadOnlyList<string> PassiveVerbs);
