namespace TalksBot.Ingest.Conventions;

/// <summary>How English news reports words without quotation marks, beyond "X said that …".</summary>
/// <param name="DirectiveVerbs">Verbs that report a call on someone to act: the verb, a short object, then "to" ("urged
/// people not to trust …", "called on both sides to …").</param>
/// <param name="PassiveVerbs">Participles of "This was stated by X", which gives X the sentence before.</param>
/// <param name="BareClauseVerbs">Verbs that report a clause without "that" ("He said the talks were…") or close one
/// ("The talks were…, X told reporters.").</param>
/// <param name="FiniteAuxiliaries">Auxiliaries and modals whose presence shows that a few words make a clause.</param>
/// <param name="ClauseOpenersNot">Words after a speech verb that open an adverbial, not a reported clause ("said in…").</param>
internal sealed record ReportedSpeechConventions(
    IReadOnlyList<string> DirectiveVerbs,
    IReadOnlyList<string> PassiveVerbs,
    IReadOnlyList<string> BareClauseVerbs,
    IReadOnlyList<string> FiniteAuxiliaries,
    IReadOnlyList<string> ClauseOpenersNot);
