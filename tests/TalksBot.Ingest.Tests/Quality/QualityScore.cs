namespace TalksBot.Ingest.Tests.Quality;

/// <summary>Quote precision, recall and speaker attribution of one ingested article against its labels.</summary>
public sealed record QualityScore(string Article, int Expected, int Found, int Recalled, int Correct, int Attributed)
{
    public double Precision => Found == 0 ? 0 : (double)Correct / Found;

    public double Recall => Expected == 0 ? 0 : (double)Recalled / Expected;

    public double Attribution => Recalled == 0 ? 0 : (double)Attributed / Recalled;

    public string Row => $"| {Article} | {Expected} | {Found} | {Precision:0.00} | {Recall:0.00} | {Attribution:0.00} |";

    public const string Header = "| article | labelled quotes | ingested quotes | precision | recall | speaker attribution |\n| --- | --- | --- | --- | --- | --- |";
}
